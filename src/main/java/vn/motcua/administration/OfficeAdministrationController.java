package vn.motcua.administration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * docs/api.md, "Administration": units and departments. ADMIN for the province, UNIT_ADMIN within his unit
 * (security lets both in; {@link AdminScope} keeps a unit's administrator inside his unit).
 */
@RestController
@Tag(name = "Administration")
@ApiResponse(responseCode = "400", description = "A field is wrong (named in fields)")
@ApiResponse(responseCode = "403", description = "Not an administrator, or another unit's")
class OfficeAdministrationController {

    private final OfficeAdministration office;

    OfficeAdministrationController(OfficeAdministration office) {
        this.office = office;
    }

    @GetMapping("/api/admin/units")
    @Operation(summary = "List the units the caller sets up, with their former names")
    List<UnitView> units() {
        return office.units();
    }

    @GetMapping("/api/admin/units/{code}")
    @Operation(summary = "Read one unit with its history")
    @ApiResponse(responseCode = "404", description = "No such unit")
    UnitView unit(@PathVariable String code) {
        return office.unit(code);
    }

    @PostMapping("/api/admin/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a unit (ADMIN)")
    @ApiResponse(responseCode = "409", description = "The code is taken")
    UnitView createUnit(@Valid @RequestBody UnitRequest request) {
        return office.createUnit(request);
    }

    @PutMapping("/api/admin/units/{code}")
    @Operation(
            summary = "Change a unit",
            description = "A new name or agency code keeps the old one in the unit's history; a unit's"
                    + " administrator changes only his unit's office hours and apology lead time.")
    @ApiResponse(responseCode = "404", description = "No such unit")
    @ApiResponse(responseCode = "409", description = "The unit was merged")
    UnitView updateUnit(@PathVariable String code, @Valid @RequestBody UnitRequest request) {
        return office.updateUnit(code, request);
    }

    @PostMapping("/api/admin/units/{code}/merge-into/{target}")
    @Operation(
            summary = "Merge a unit into another (ADMIN)",
            description = "The unit keeps its dossiers and figures, is placed under the target and receives"
                    + " nothing new; its name goes to its history.")
    @ApiResponse(responseCode = "404", description = "No such unit")
    @ApiResponse(responseCode = "409", description = "Merged already")
    UnitView mergeUnit(@PathVariable String code, @PathVariable String target) {
        return office.mergeUnit(code, target);
    }

    @GetMapping("/api/admin/departments")
    @Operation(summary = "List the departments the caller sets up, with their former names")
    List<DepartmentView> departments() {
        return office.departments();
    }

    @GetMapping("/api/admin/departments/{code}")
    @Operation(summary = "Read one department with its history")
    @ApiResponse(responseCode = "404", description = "No such department")
    DepartmentView department(@PathVariable String code) {
        return office.department(code);
    }

    @PostMapping("/api/admin/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a department; its unit's dossiers of its kind go to it from now on")
    @ApiResponse(responseCode = "409", description = "The code is taken")
    DepartmentView createDepartment(@Valid @RequestBody DepartmentRequest request) {
        return office.createDepartment(request);
    }

    @PutMapping("/api/admin/departments/{code}")
    @Operation(summary = "Rename a department or change its kind; the old name goes to its history")
    @ApiResponse(responseCode = "404", description = "No such department")
    @ApiResponse(responseCode = "409", description = "The department was merged")
    DepartmentView updateDepartment(@PathVariable String code, @Valid @RequestBody DepartmentRequest request) {
        return office.updateDepartment(code, request);
    }

    @PostMapping("/api/admin/departments/{code}/merge-into/{target}")
    @Operation(
            summary = "Merge a department into another of its unit",
            description = "The target's staff see its open tasks; new dossiers of its kind go to the target.")
    @ApiResponse(responseCode = "404", description = "No such department")
    @ApiResponse(responseCode = "409", description = "Merged already")
    DepartmentView mergeDepartment(@PathVariable String code, @PathVariable String target) {
        return office.mergeDepartment(code, target);
    }
}
