/* java.nio.file.StandardOpenOption (Files honours READ, WRITE, APPEND,
 * TRUNCATE_EXISTING, CREATE and CREATE_NEW; the others are rejected). */
public enum StandardOpenOption implements OpenOption {
    READ, WRITE, APPEND, TRUNCATE_EXISTING, CREATE, CREATE_NEW, DELETE_ON_CLOSE, SPARSE, SYNC, DSYNC;
}
