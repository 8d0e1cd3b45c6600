package dev.overload.shared.units;

/** The unit heights are shown in; they are stored in centimetres. */
public enum HeightUnit {
    CM,
    IN
}
