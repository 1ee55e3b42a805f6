// error: package org.example does not exist
import org.example.*; // <-- error

public class ImportUnknownPackageOnDemand {
    public static void main(String[] args) {}
}
