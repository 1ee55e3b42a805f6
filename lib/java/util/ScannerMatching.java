/* Scanner's token scan for a delimiter or token pattern: abstract here,
 * so that a Scanner that uses no pattern reaches no regular expression
 * (ScannerRegex is the one implementation, made by Scanner's pattern
 * members). Patterns are passed as Objects for the same reason. */
abstract class ScannerMatching {
    /* Scanner.scanToken's result for delimiter (null: white space) and
     * token pattern (null: any), or Scanner.NEED_INPUT */
    abstract int token(Scanner s, Object delimiter, Object pattern);
}
