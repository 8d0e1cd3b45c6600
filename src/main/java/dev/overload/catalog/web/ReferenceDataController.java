package dev.overload.catalog.web;

import dev.overload.catalog.domain.Equipment;
import dev.overload.catalog.domain.MuscleGroup;
import dev.overload.catalog.domain.ReferenceData;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Exercises")
class ReferenceDataController {

    private final ReferenceData referenceData;

    ReferenceDataController(ReferenceData referenceData) {
        this.referenceData = referenceData;
    }

    @GetMapping("/api/muscle-groups")
    @Operation(operationId = "listMuscleGroups", summary = "Muscle groups, each in a body region")
    List<MuscleGroup> muscleGroups() {
        return referenceData.muscleGroups();
    }

    @GetMapping("/api/equipment")
    @Operation(operationId = "listEquipment", summary = "Equipment exercises may need")
    List<Equipment> equipment() {
        return referenceData.equipment();
    }
}
