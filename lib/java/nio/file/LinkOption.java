/* java.nio.file.LinkOption: NOFOLLOW_LINKS asks about a link itself. */
public enum LinkOption implements OpenOption, CopyOption {
    NOFOLLOW_LINKS;
}
