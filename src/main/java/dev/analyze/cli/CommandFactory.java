package dev.analyze.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Builds commands, handing the shared {@link AppContext} to those that take one. */
final class CommandFactory implements IFactory {

    private final AppContext context;
    private final IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(AppContext context) {
        this.context = context;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        try {
            Constructor<K> c = cls.getDeclaredConstructor(AppContext.class);
            c.setAccessible(true);
            return c.newInstance(context);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
    }
}
