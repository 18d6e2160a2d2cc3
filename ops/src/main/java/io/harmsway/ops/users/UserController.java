package io.harmsway.ops.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Users over the API, for administrators. */
@RestController
@RequestMapping("/api/admin/users")
@Tag(name = "Administration")
public class UserController {

    private final UserAdministration users;

    public UserController(UserAdministration users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Every user with role, team, positions and whether they may sign in (administrators)")
    List<UserView> all() {
        return users.all();
    }

    @GetMapping("/{username}")
    @Operation(summary = "One user (administrators)")
    UserView one(@PathVariable String username) {
        return users.one(username);
    }

    @PostMapping
    @Operation(summary = "Create a user with a password (administrators); investigators and supervisors need a team")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUserRequest request, Authentication administrator) {
        return ResponseEntity.status(HttpStatus.CREATED).body(users.create(request, administrator.getName()));
    }

    @PutMapping("/{username}")
    @Operation(summary = "Set a user's role, team, positions and whether they may sign in (administrators); "
            + "disabling ends their tokens; the last enabled administrator stays one")
    UserView update(@PathVariable String username, @Valid @RequestBody UserUpdateRequest request,
                    Authentication administrator) {
        return users.update(username, request, administrator.getName());
    }

    @PostMapping("/{username}/password")
    @Operation(summary = "Set a new password (administrators); the user's tokens end")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @Valid @RequestBody PasswordResetRequest request,
                                       Authentication administrator) {
        users.resetPassword(username, request, administrator.getName());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{username}/changes")
    @Operation(summary = "Every change to the user: when, by whom, what (administrators)")
    List<UserChanges.Change> changes(@PathVariable String username) {
        return users.changesOf(username);
    }
}
