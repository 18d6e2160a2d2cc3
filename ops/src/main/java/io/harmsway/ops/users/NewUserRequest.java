package io.harmsway.ops.users;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.web.validation.Lengths;
import io.harmsway.ops.web.validation.SingleLineText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** A new user, as an administrator creates them. */
public record NewUserRequest(
        @NotBlank @Size(max = Lengths.ID) @Pattern(regexp = UserRequests.USERNAME, message = UserRequests.USERNAME_RULE)
        @Schema(example = "ben", maxLength = Lengths.ID) String username,
        @NotNull @Size(min = UserRequests.SHORTEST_PASSWORD, max = UserRequests.LONGEST_PASSWORD)
        @Schema(format = "password", minLength = UserRequests.SHORTEST_PASSWORD, maxLength = UserRequests.LONGEST_PASSWORD)
        String password,
        @NotNull @Schema(example = "INVESTIGATOR") Role role,
        @Size(max = Lengths.ID) @SingleLineText @Schema(example = "north", maxLength = Lengths.ID) String team,
        @Size(max = UserRequests.MOST_POSITIONS)
        @Schema(example = "[\"detective inspector\"]") List<@NotBlank @Size(max = Lengths.LINE) @SingleLineText String> positions) {

    UserAccount toAccount(String passwordHash) {
        return new UserAccount(username, passwordHash, role, team,
                Positions.normalised(positions == null ? List.of() : positions), true);
    }

    /** Never the password: a record's default text would put it into whatever logs the object. */
    @Override
    public String toString() {
        return "NewUserRequest[username=" + username + "]";
    }
}
