package io.crosscheck.junit;

import java.nio.file.Path;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.FileSource;

/** A scenario file (or a crosscheck.yaml with problems): the container of its scenarios. */
final class FileDescriptor extends AbstractTestDescriptor {
    private final Path file;
    private final ProjectRun project;

    FileDescriptor(UniqueId engineId, Path file, String displayName, ProjectRun project) {
        super(engineId.append(Ids.FILE, file.toString()), displayName, FileSource.from(file.toFile()));
        this.file = file;
        this.project = project;
    }

    Path file() {
        return file;
    }

    ProjectRun project() {
        return project;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
