/* java.lang.StackTraceElement: one frame of a Throwable's stack trace. */
public final class StackTraceElement {
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) throw new NullPointerException("Declaring class is null");
        if (methodName == null) throw new NullPointerException("Method name is null");
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }
    public String getClassName() { return declaringClass; }
    public String getMethodName() { return methodName; }
    public String getFileName() { return fileName; }
    public int getLineNumber() { return lineNumber; }
    public boolean isNativeMethod() { return lineNumber == -2; }
    public String toString() {
        String where = isNativeMethod() ? "Native Method"
                     : fileName == null ? "Unknown Source"
                     : lineNumber >= 0 ? fileName + ":" + lineNumber : fileName;
        return declaringClass + "." + methodName + "(" + where + ")";
    }
    public boolean equals(Object obj) {
        if (obj == this) return true;
        if (!(obj instanceof StackTraceElement)) return false;
        StackTraceElement e = (StackTraceElement) obj;
        return e.lineNumber == lineNumber && e.declaringClass.equals(declaringClass) && e.methodName.equals(methodName)
            && (fileName == null ? e.fileName == null : fileName.equals(e.fileName));
    }
    public int hashCode() {
        /* the JVM's also hashes the class loader's name, the module's name
         * and version: none here (each hashes to 0) */
        int result = 31 * declaringClass.hashCode() + methodName.hashCode();
        result = 31 * 31 * 31 * 31 * result + (fileName == null ? 0 : fileName.hashCode());
        return 31 * result + lineNumber;
    }
}
