/** The baseline for whole-process timings: a JVM that prints one line and exits. */
public class Hello {
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
