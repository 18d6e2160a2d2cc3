package io.harmsway.ops.signin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's credentials, sent once to obtain a bearer token. */
public record SignInRequest(
        @NotBlank @Size(max = 100) @Schema(example = "ivy", maxLength = 100) String username,
        @NotBlank @Size(max = 200) @Schema(example = "ivy-demo", maxLength = 200, format = "password") String password) {

    /** Never the password: a record's default text would put it into whatever logs the object. */
    @Override
    public String toString() {
        return "SignInRequest[username=" + username + "]";
    }
}
