package app.makegood;
public class Launcher { public static void main(String[] a) {} }
