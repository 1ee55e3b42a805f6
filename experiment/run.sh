#!/bin/bash
# Differential run of experiment/NAME.java: JVM vs limec. Usage: run.sh NAME...
# Prints one line per program: NAME RESULT [detail]
cd "$(dirname "$0")"
LIMEC=../build/bin/limec
mkdir -p /tmp/xexp
for n in "$@"; do
  d=/tmp/xexp/$n; rm -rf $d; mkdir -p $d/c
  in=/dev/null; [ -f $n.in ] && in=$n.in
  if ! javac -d $d/c $n.java 2>$d/javac.err; then echo "$n JAVAC-FAIL"; continue; fi
  timeout 20 java -cp $d/c $n <$in >$d/jout 2>$d/jerr; echo $? >$d/jst
  if ! timeout 120 $LIMEC $n.java -o $d/bin 2>$d/lerr; then echo "$n COMPILE-ERROR $(head -c 300 $d/lerr | head -3 | tr '\n' ' ')"; continue; fi
  timeout 20 $d/bin <$in >$d/lout 2>$d/lerr2; echo $? >$d/lst
  r=PASS
  cmp -s $d/jout $d/lout || r="WRONG-STDOUT"
  [ "$(head -1 $d/jerr)" == "$(head -1 $d/lerr2)" ] || r="$r STDERR-DIFF"
  cmp -s $d/jst $d/lst || r="$r STATUS($(cat $d/jst) vs $(cat $d/lst))"
  echo "$n $r"
done
