package vn.motcua.deadline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.Staff;

@RestController
@RequestMapping("/api/overdue")
@Tag(name = "Overdue board")
class OverdueController {

    private final OverdueBoard board;

    OverdueController(OverdueBoard board) {
        this.board = board;
    }

    @Operation(summary = "Read the overdue board", operationId = "getOverdueBoard")
    @GetMapping
    OverdueBoard.Board board(@AuthenticationPrincipal Staff staff) {
        return board.forUnit(staff.unitCode());
    }
}
