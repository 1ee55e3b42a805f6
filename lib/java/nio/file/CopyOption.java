/* java.nio.file.CopyOption: how Files.copy and Files.move work. */
public interface CopyOption {}
