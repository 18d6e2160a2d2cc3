package io.harmsway.ops.users;

import io.harmsway.ops.web.FieldError;
import io.harmsway.ops.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Refusals of a change to users that are not about the request's form: a problem naming the field. */
final class UserRefused {

    private UserRefused() {
    }

    static ErrorResponseException unknown(String username) {
        return refused(HttpStatus.NOT_FOUND, "No such user", "username", "no user '" + username + "' exists");
    }

    static ErrorResponseException exists(String username) {
        return refused(HttpStatus.CONFLICT, "The user exists", "username", "a user '" + username + "' exists already");
    }

    static ErrorResponseException lastAdministrator(String username, String field) {
        return refused(HttpStatus.CONFLICT, "The last administrator", field, username
                + " is the last enabled administrator: make another one administrator first, or nobody could manage users");
    }

    private static ErrorResponseException refused(HttpStatus status, String title, String field, String problem) {
        return new ErrorResponseException(status, Problems.problem(status, title, new FieldError(field, problem)), null);
    }
}
