package io.harmsway.ops.users;

import io.harmsway.ops.security.Role;
import io.harmsway.ops.signin.ApiTokens;
import io.harmsway.ops.web.validation.RefusedInput;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What an administrator does to users: create them, change their role, team, positions and whether
 * they may sign in, and set a new password. Each change is checked whole before anything is
 * written, written with its trail entry in one transaction, and a user who can no longer sign in
 * (disabled, or given a new password) loses the tokens they hold at once. The last enabled
 * administrator cannot be disabled or made something else: nobody could manage users then.
 */
public class UserAdministration {

    private static final Set<Role> IN_A_TEAM = EnumSet.of(Role.INVESTIGATOR, Role.SUPERVISOR);
    private static final int BCRYPT_BYTES = 72;

    private final UserAccounts accounts;
    private final UserChanges changes;
    private final ApiTokens tokens;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public UserAdministration(UserAccounts accounts, UserChanges changes, ApiTokens tokens, PasswordEncoder encoder,
                              TransactionTemplate transaction, Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.tokens = tokens;
        this.encoder = encoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    public List<UserView> all() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    public UserView one(String username) {
        return accounts.find(username).map(UserView::of).orElseThrow(() -> UserRefused.unknown(username));
    }

    public UserView create(NewUserRequest request, String administrator) {
        UserAccount user = request.toAccount(null);
        checkTeam(user);
        checkPasswordFits(request.password());
        UserAccount hashed = user.withPasswordHash(encoder.encode(request.password()));
        return transaction.execute(status -> {
            if (!accounts.insertIfAbsent(hashed, clock.instant())) {
                throw UserRefused.exists(user.username());
            }
            changes.record(administrator, user.username(), "created: " + user.description());
            return UserView.of(hashed);
        });
    }

    public UserView update(String username, UserUpdateRequest request, String administrator) {
        return transaction.execute(status -> {
            List<String> enabledAdministrators = accounts.enabledAdministratorsForUpdate();
            UserAccount before = accounts.findForUpdate(username).orElseThrow(() -> UserRefused.unknown(username));
            UserAccount after = request.applyTo(before);
            checkTeam(after);
            checkAnAdministratorRemains(before, after, enabledAdministrators);
            if (after.equals(before)) {
                return UserView.of(before);
            }
            accounts.update(after, clock.instant());
            changes.record(administrator, username, "updated: " + before.description() + " -> " + after.description());
            if (before.enabled() && !after.enabled()) {
                int revoked = tokens.revokeAllOf(username);
                changes.record(administrator, username, "disabled: " + revoked + " token(s) revoked");
            }
            return UserView.of(after);
        });
    }

    public void resetPassword(String username, PasswordResetRequest request, String administrator) {
        checkPasswordFits(request.password());
        String hash = encoder.encode(request.password());
        transaction.executeWithoutResult(status -> {
            accounts.findForUpdate(username).orElseThrow(() -> UserRefused.unknown(username));
            accounts.setPasswordHash(username, hash, clock.instant());
            int revoked = tokens.revokeAllOf(username);
            changes.record(administrator, username, "password reset: " + revoked + " token(s) revoked");
        });
    }

    public List<UserChanges.Change> changesOf(String username) {
        accounts.find(username).orElseThrow(() -> UserRefused.unknown(username));
        return changes.of(username);
    }

    /** Investigators and supervisors work in a team; the others read or run across teams, in none. */
    private static void checkTeam(UserAccount user) {
        boolean needsTeam = IN_A_TEAM.contains(user.role());
        if (needsTeam && (user.team() == null || user.team().isBlank())) {
            throw new RefusedInput("team", "is required for role " + user.role() + ": the team whose cases they work on");
        }
        if (!needsTeam && user.team() != null) {
            throw new RefusedInput("team", "must be absent for role " + user.role()
                    + ": only investigators and supervisors work in a team");
        }
    }

    private static void checkAnAdministratorRemains(UserAccount before, UserAccount after, List<String> enabledAdministrators) {
        boolean wasOne = before.enabled() && before.role() == Role.ADMINISTRATOR;
        boolean staysOne = after.enabled() && after.role() == Role.ADMINISTRATOR;
        if (wasOne && !staysOne && enabledAdministrators.equals(List.of(before.username()))) {
            String field = after.enabled() ? "role" : "enabled";
            throw UserRefused.lastAdministrator(before.username(), field);
        }
    }

    private static void checkPasswordFits(String password) {
        if (password.getBytes(StandardCharsets.UTF_8).length > BCRYPT_BYTES) {
            throw new RefusedInput("password", "must be at most " + BCRYPT_BYTES + " bytes in UTF-8 (BCrypt reads no more)");
        }
    }
}
