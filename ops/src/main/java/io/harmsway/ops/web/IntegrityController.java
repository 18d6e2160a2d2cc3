package io.harmsway.ops.web;

import io.harmsway.audit.api.Checkpoint;
import io.harmsway.audit.api.Checkpoints;
import io.harmsway.audit.api.ConsistencyCheck;
import io.harmsway.audit.api.ConsistencyProof;
import io.harmsway.audit.api.InclusionProof;
import io.harmsway.audit.api.Proofs;
import io.harmsway.audit.api.PublicKey;
import io.harmsway.audit.api.StoreVerification;
import io.harmsway.audit.api.VerificationReport;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * The integrity of the record, for auditors and operators: signed checkpoints of the sealed store,
 * the key that signs them, verification of the whole store (against a checkpoint kept outside),
 * and proofs of inclusion and of consistency (docs/audit.md).
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit: integrity")
@Validated
public class IntegrityController {

    private final Checkpoints checkpoints;
    private final StoreVerification verification;
    private final Proofs proofs;

    public IntegrityController(Checkpoints checkpoints, StoreVerification verification, Proofs proofs) {
        this.checkpoints = checkpoints;
        this.verification = verification;
        this.proofs = proofs;
    }

    @PostMapping("/checkpoints")
    @Operation(summary = "Sign the sealed store now, store the checkpoint and export a copy outside the database")
    ResponseEntity<Checkpoint> take() {
        Checkpoint checkpoint = checkpoints.take();
        return ResponseEntity.created(URI.create("/api/audit/checkpoints/" + checkpoint.id())).body(checkpoint);
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "The checkpoints, newest first")
    List<Checkpoint> list(@RequestParam(defaultValue = "100") @Min(1) @Max(10_000) int limit) {
        return checkpoints.list(limit);
    }

    @GetMapping("/checkpoints/{id}")
    @Operation(summary = "One checkpoint, as exported")
    Checkpoint checkpoint(@PathVariable long id) {
        return stored(id);
    }

    @GetMapping("/public-key")
    @Operation(summary = "The Ed25519 key that signs checkpoints (X.509, base64 and PEM)")
    PublicKey publicKey() {
        return checkpoints.publicKey();
    }

    @PostMapping("/verify")
    @Operation(summary = "Recompute every event's leaf, the chain and the tree, against the seals and signed heads, "
            + "and against the checkpoint in the body if one is given (a copy kept outside the database)")
    VerificationReport verify(@Valid @RequestBody(required = false) CheckpointBody outsideCopy) {
        return verification.verify(outsideCopy == null ? null : outsideCopy.toCheckpoint());
    }

    @GetMapping("/checkpoints/{id}/inclusion")
    @Operation(summary = "RFC 9162 inclusion proof of an event (by its event identifier) in a checkpoint's tree")
    InclusionProof inclusion(@PathVariable long id, @RequestParam String event) {
        return proofs.inclusion(event, stored(id)).orElseThrow(() -> notFound("event",
                "no event '" + event + "' is sealed within checkpoint " + id));
    }

    @GetMapping("/consistency")
    @Operation(summary = "RFC 9162 consistency proof between two stored checkpoints, the older first")
    ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        Checkpoint older = stored(from);
        Checkpoint newer = stored(to);
        if (older.treeSize() > newer.treeSize()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.problem(HttpStatus.BAD_REQUEST,
                    "Checkpoints in the wrong order", new FieldError("from",
                            "checkpoint " + from + " signs a larger tree than checkpoint " + to)), null);
        }
        return proofs.consistency(older, newer);
    }

    @PostMapping("/consistency")
    @Operation(summary = "Check two checkpoints kept outside against each other: both signatures, then the store "
            + "only grew from the first to the second")
    ConsistencyCheck checkConsistency(@Valid @RequestBody CheckpointPair request) {
        return proofs.check(request.from().toCheckpoint(), request.to().toCheckpoint());
    }

    private Checkpoint stored(long id) {
        return checkpoints.find(id).orElseThrow(() -> notFound("id", "no checkpoint " + id));
    }

    private static ErrorResponseException notFound(String field, String problem) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND,
                Problems.problem(HttpStatus.NOT_FOUND, "Not found", new FieldError(field, problem)), null);
    }
}
