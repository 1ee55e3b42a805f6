// Imports people write and never use, of packages Lime provides a part of,
// and explicit imports of java.lang (implicit anyway).
import java.util.*;
import java.util.function.*;
import java.io.*;
import java.text.*;
import java.lang.*;
import java.lang.Math;
import java.lang.String;
import java.lang.Integer;
import java.lang.System;
import java.lang.Math;          // the same import twice is allowed
import java.lang.annotation.*;

public class ImportsUnused {
    public static void main(String[] args) {
        String s = "imports";
        System.out.println(s + " " + Math.max(3, 4) + " " + Integer.MAX_VALUE);
    }
}
