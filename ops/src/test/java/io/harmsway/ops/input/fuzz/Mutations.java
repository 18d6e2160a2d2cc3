package io.harmsway.ops.input.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Draws the next mutation of a target's valid request: mostly one or two properties changed (any
 * property, any change of its kind), often the body as a whole, sometimes the path.
 */
final class Mutations {

    private final Random random;

    Mutations(Random random) {
        this.random = random;
    }

    Mutation next(Target target, ObjectNode valid) {
        int draw = random.nextInt(100);
        if (draw < 8) {
            return PathMutations.next(target, JsonText.escaped(valid), random);
        }
        if (draw < 35) {
            return new BodyMutations(target, valid, random).next();
        }
        List<Property> properties = new ArrayList<>(target.endpoint().properties());
        Collections.shuffle(properties, random);
        // Now and then two properties at once: the refusal must name one the mutation broke.
        int changed = properties.size() > 1 && random.nextInt(4) == 0 ? 2 : 1;
        ObjectNode body = valid.deepCopy();
        List<String> descriptions = new ArrayList<>();
        Expected expected = Expected.valid();
        for (Property property : properties.subList(0, changed)) {
            List<Change> changes = FieldChanges.of(property, valid.get(property.name()), random);
            Change change = changes.get(random.nextInt(changes.size()));
            if (change.value() == null) {
                body.remove(property.name());
            } else {
                body.set(property.name(), change.value());
            }
            descriptions.add("'" + property.name() + "' " + change.description());
            expected = Expected.both(expected, change.expected());
        }
        return Mutation.json(String.join(" and ", descriptions), target.path(), JsonText.escaped(body),
                expected instanceof Expected.Valid ? Expected.validAs(body) : expected);
    }
}
