package io.harmsway.ops.users;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A user's standing as a whole (everything but the password): what is not said is not kept. */
public record UserUpdateRequest(
        @NotNull @Schema(example = "SUPERVISOR") Role role,
        @Size(max = Lengths.ID) @SingleLineText @Schema(example = "north", maxLength = Lengths.ID) String team,
        @NotNull @Size(max = UserRequests.MOST_POSITIONS)
        @Schema(example = "[\"detective inspector\"]") List<@NotBlank @Size(max = Lengths.LINE) @SingleLineText String> positions,
        @NotNull @Schema(example = "true", description = "false: the user can no longer sign in, and their tokens end") Boolean enabled) {

    UserAccount applyTo(UserAccount user) {
        return new UserAccount(user.username(), user.passwordHash(), role, team, Positions.normalised(positions), enabled);
    }
}
