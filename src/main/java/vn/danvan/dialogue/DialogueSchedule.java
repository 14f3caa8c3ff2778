package vn.danvan.dialogue;

import org.springframework.stereotype.Component;

/** Read by the timer start event of {@code dialogue-yearly} ({@code ${dialogueSchedule.yearlyCycle}}). */
@Component("dialogueSchedule")
public class DialogueSchedule {

    private final DialogueProperties properties;

    DialogueSchedule(DialogueProperties properties) {
        this.properties = properties;
    }

    public String getYearlyCycle() {
        return properties.yearlyCycle();
    }
}
