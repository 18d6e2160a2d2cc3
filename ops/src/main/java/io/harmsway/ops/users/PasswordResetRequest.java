package io.harmsway.ops.users;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new password an administrator sets (and tells the user by other means). */
public record PasswordResetRequest(
        @NotNull @Size(min = UserRequests.SHORTEST_PASSWORD, max = UserRequests.LONGEST_PASSWORD)
        @Schema(format = "password", minLength = UserRequests.SHORTEST_PASSWORD, maxLength = UserRequests.LONGEST_PASSWORD)
        String password) {

    @Override
    public String toString() {
        return "PasswordResetRequest[]";
    }
}
