package gg.lanelight.demo;

/** A child process for {@link ChildProcessIT}: {@code serve} announces itself and waits, {@code fail} exits 3. */
public final class TestChild {

    private TestChild() {}

    public static void main(String[] args) throws InterruptedException {
        switch (args[0]) {
            case "serve" -> {
                System.out.println("warming up");
                System.out.println("CHILD READY http://127.0.0.1:1234");
                Thread.sleep(60_000);
            }
            case "fail" -> {
                System.err.println("no data folder given");
                System.exit(3);
            }
            default -> Thread.sleep(60_000);
        }
    }
}
