package vn.danvan.reception;

import org.springframework.stereotype.Component;

/** Read by the timer start event of {@code citizen-reception-generator} ({@code ${receptionGeneratorTimer.cycle}}). */
@Component("receptionGeneratorTimer")
public class ReceptionGeneratorTimer {

    private final ReceptionProperties properties;

    ReceptionGeneratorTimer(ReceptionProperties properties) {
        this.properties = properties;
    }

    public String getCycle() {
        return properties.generatorCycle();
    }
}
