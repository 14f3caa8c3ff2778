package vn.danvan.notification;

import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import vn.danvan.petition.PetitionCase;

/**
 * The three ways a message goes out: SMTP through Spring's mail sender, and the HTTP gateways of a
 * brandname-SMS provider and of Zalo ZNS, each behind the same two calls (does it reach this citizen,
 * send this message). The gateways get danvan's message id, so a gateway that deduplicates by it
 * sends a retried message once.
 */
@Component
class CitizenChannels {

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final RestClient http;

    CitizenChannels(ObjectProvider<JavaMailSender> mail, NotificationProperties properties, RestClient.Builder http) {
        this.mail = mail;
        this.properties = properties;
        this.http = http.build();
    }

    /** Whether the channel is on and the citizen gave the contact it needs. */
    boolean reaches(Channel channel, PetitionCase c) {
        return switch (channel) {
            case EMAIL -> mail.getIfAvailable() != null && present(c.petitionerEmail());
            case SMS -> properties.sms().enabled() && present(c.petitionerPhone());
            case ZALO -> properties.zalo().enabled() && present(c.petitionerPhone());
        };
    }

    void send(Channel channel, String messageId, PetitionCase c, CitizenMessage message) throws Exception {
        switch (channel) {
            case EMAIL -> email(c.petitionerEmail(), message);
            case SMS -> post(properties.sms(), "Bearer " + properties.sms().token(), Map.of("to", c.petitionerPhone(),
                    "text", message.fill(properties.sms().template()), "requestId", messageId));
            case ZALO -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("phone", internationalPhone(c.petitionerPhone()));
                body.put("template_id", properties.zalo().template());
                body.put("template_data", Map.of("tracking_code", message.trackingCode(), "status", message.status(),
                        "link", message.link()));
                body.put("tracking_id", messageId);
                post(properties.zalo(), null, body);
            }
        }
    }

    private void email(String to, CitizenMessage message) throws Exception {
        JavaMailSender sender = mail.getObject();
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(properties.mailFrom());
        helper.setTo(to);
        helper.setSubject(message.subject());
        helper.setText(message.text());
        sender.send(mime);
    }

    private void post(NotificationProperties.Gateway gateway, String authorization, Map<String, ?> body) {
        var request = http.post().uri(gateway.url()).contentType(MediaType.APPLICATION_JSON);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        } else {
            request = request.header("access_token", gateway.token());
        }
        // a 4xx or 5xx answer throws: the message is tried again later, then dead-lettered with the reason
        request.body(body).retrieve().toBodilessEntity();
    }

    /** Zalo wants 84912345678 for 0912 345 678. */
    static String internationalPhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        return digits.startsWith("0") ? "84" + digits.substring(1) : digits;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
