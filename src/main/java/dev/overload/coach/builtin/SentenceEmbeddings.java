package dev.overload.coach.builtin;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import java.util.function.Supplier;

/**
 * all-MiniLM-L6-v2 (quantized, on ONNX Runtime; the model ships inside a Maven artifact and runs offline), loaded
 * on first use, once: loading takes about a second and some 200 MB of native memory, which neither start-up nor a
 * service that never asks the coach should pay. Vectors are unit length, so a dot product is their cosine.
 */
public final class SentenceEmbeddings {

    private final Supplier<EmbeddingModel> loader;
    private volatile EmbeddingModel model;

    public SentenceEmbeddings() {
        this(AllMiniLmL6V2QuantizedEmbeddingModel::new);
    }

    SentenceEmbeddings(Supplier<EmbeddingModel> loader) {
        this.loader = loader;
    }

    public boolean isLoaded() {
        return model != null;
    }

    public float[] embed(String text) {
        return normalized(model().embed(text).content().vector());
    }

    public List<float[]> embedAll(List<String> texts) {
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> normalized(embedding.vector())).toList();
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    loaded = loader.get();
                    model = loaded;
                }
            }
        }
        return loaded;
    }

    private static float[] normalized(float[] vector) {
        double norm = 0;
        for (float value : vector) {
            norm += value * value;
        }
        norm = Math.sqrt(norm);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
