/* java.nio.file.StandardCopyOption (Files.copy honours REPLACE_EXISTING
 * and takes COPY_ATTRIBUTES, copying the permission bits as it always
 * does; Files.move honours REPLACE_EXISTING and ATOMIC_MOVE). */
public enum StandardCopyOption implements CopyOption {
    REPLACE_EXISTING, COPY_ATTRIBUTES, ATOMIC_MOVE;
}
