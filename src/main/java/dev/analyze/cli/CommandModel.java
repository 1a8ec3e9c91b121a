package dev.analyze.cli;

import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Builds a command's picocli model in code rather than from annotations. Reading annotations
 * (a proxy class per annotation type, generic signatures, reflective factories) cost about 100 ms
 * of CPU in every one-shot run, most of its start-up; the same model built in code costs about a
 * third of that. Options and parameters bind to the command's fields through lambdas.
 *
 * <pre>{@code
 * CommandModel.of(this, "words", "The most frequent words ...")
 *         .flag("--all", "Count stopwords too.", v -> all = v)
 *         .option(OptionSpec.builder("--top").paramLabel("N").type(int.class).defaultValue("20")
 *                 .description("Show the N most frequent words."), top, v -> top = v)
 * }</pre>
 */
final class CommandModel {

    private final CommandSpec spec;

    private CommandModel(CommandSpec spec) {
        this.spec = spec;
    }

    /** The model of {@code command} (a {@code Callable}), named {@code name}, with its help description. */
    static CommandModel of(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(description);
        return new CommandModel(spec);
    }

    /** A boolean option, false unless given. */
    CommandModel flag(String name, String description, Consumer<Boolean> set) {
        return option(OptionSpec.builder(name).type(boolean.class).description(description), false, set);
    }

    /**
     * An option bound to a field: {@code set} receives each parsed value; {@code initial} is the
     * field's value before parsing, restored before each parse (the REPL reuses its commands).
     */
    <T> CommandModel option(OptionSpec.Builder option, T initial, Consumer<? super T> set) {
        Binding<T> binding = new Binding<>(initial, set);
        spec.addOption(option.initialValue(initial).hasInitialValue(true).getter(binding).setter(binding).build());
        return this;
    }

    /** Positional parameters collected into a list of strings, empty unless given. */
    CommandModel positionals(PositionalParamSpec.Builder parameters, Consumer<List<String>> set) {
        return positional(parameters.type(List.class).auxiliaryTypes(String.class), List.of(), set);
    }

    /**
     * A positional parameter bound to a field, like {@link #option}; required unless its arity
     * allows none (as with annotations; built in code it would otherwise be optional).
     */
    <T> CommandModel positional(PositionalParamSpec.Builder parameter, T initial, Consumer<? super T> set) {
        Binding<T> binding = new Binding<>(initial, set);
        boolean required = parameter.arity() == null || parameter.arity().min() > 0;
        spec.addPositional(parameter.required(required)
                .initialValue(initial).hasInitialValue(true).getter(binding).setter(binding).build());
        return this;
    }

    CommandSpec spec() {
        return spec;
    }

    /**
     * Holds an argument's value for picocli (which reads it back to fill collections) and passes
     * every value it is given on to the command's field.
     */
    private static final class Binding<T> implements IGetter, ISetter {
        private final Consumer<? super T> field;
        private Object value;

        Binding(T initial, Consumer<? super T> field) {
            this.value = initial;
            this.field = field;
            field.accept(initial);
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R get() {
            return (R) value;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R set(R newValue) {
            R old = (R) value;
            value = newValue;
            field.accept((T) newValue);
            return old;
        }
    }
}
