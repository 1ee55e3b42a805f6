/* java.nio.file.OpenOption: how a file is opened. */
public interface OpenOption {}
