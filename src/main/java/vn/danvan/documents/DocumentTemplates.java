package vn.danvan.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The templates, stored in {@code document_template} with their versions. The defaults shipped in the
 * jar become a version at start when they differ from the newest default stored, unless an
 * administrator's upload is the newest (theirs stays in force; the log says a new default exists).
 * Every node reads the newest version from the database, so an upload takes effect everywhere.
 */
@Component
class DocumentTemplates {

    private static final Logger log = LoggerFactory.getLogger(DocumentTemplates.class);
    private static final String SELECT = "SELECT kind, version, source, sha256, origin, created_by, created_at FROM document_template";

    private final JdbcClient jdbc;
    // versions never change, so a version read once is kept
    private final Map<String, Template> versions = new ConcurrentHashMap<>();

    DocumentTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void loadDefaults() {
        for (DocumentKind kind : DocumentKind.values()) {
            String source = defaultSource(kind);
            String sha = Hashes.sha256(source);
            Optional<Template> newest = newest(kind);
            if (newest.isPresent() && newest.get().sha256().equals(sha)) {
                continue;
            }
            if (newest.isPresent() && Template.UPLOAD.equals(newest.get().origin())) {
                log.info("A new default template of {} ships with this version; the uploaded version {} stays in force",
                        kind, newest.get().version());
                continue;
            }
            insert(kind, source, Template.DEFAULT, "system");
        }
    }

    /** The version in force; the jar's default if none is stored yet. */
    Template current(DocumentKind kind) {
        Integer version = jdbc.sql("SELECT max(version) FROM document_template WHERE kind = ?").param(kind.name())
                .query(Integer.class).optional().orElse(null);
        if (version == null) {
            insert(kind, defaultSource(kind), Template.DEFAULT, "system");
            return newest(kind).orElseThrow();
        }
        return version(kind, version).orElseThrow();
    }

    Optional<Template> version(DocumentKind kind, int version) {
        Template known = versions.get(kind.name() + "@" + version);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Template> read = jdbc.sql(SELECT + " WHERE kind = ? AND version = ?").params(kind.name(), version)
                .query(DocumentTemplates::map).optional();
        read.ifPresent(t -> versions.put(t.name(), t));
        return read;
    }

    List<Template> versions(DocumentKind kind) {
        return jdbc.sql(SELECT + " WHERE kind = ? ORDER BY version").param(kind.name()).query(DocumentTemplates::map)
                .list();
    }

    /** Adds a version; two at once get distinct versions (the primary key refuses the second, which tries again). */
    Template insert(DocumentKind kind, String source, String origin, String actor) {
        for (int attempt = 0; ; attempt++) {
            int inserted = jdbc.sql("""
                    INSERT INTO document_template (kind, version, source, sha256, origin, created_by)
                    SELECT ?, coalesce(max(version), 0) + 1, ?, ?, ?, ? FROM document_template WHERE kind = ?
                    ON CONFLICT (kind, version) DO NOTHING""")
                    .params(kind.name(), source, Hashes.sha256(source), origin, actor, kind.name()).update();
            if (inserted == 1) {
                return newest(kind).orElseThrow();
            }
            if (attempt >= 5) {
                throw new IllegalStateException("Could not add a version of the template " + kind);
            }
        }
    }

    static String defaultSource(DocumentKind kind) {
        try (InputStream in = new ClassPathResource(kind.defaultTemplate()).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Default template of " + kind + " missing from the application", e);
        }
    }

    private Optional<Template> newest(DocumentKind kind) {
        return jdbc.sql(SELECT + " WHERE kind = ? ORDER BY version DESC LIMIT 1").param(kind.name())
                .query(DocumentTemplates::map).optional();
    }

    private static Template map(ResultSet rs, int row) throws SQLException {
        return new Template(DocumentKind.valueOf(rs.getString("kind")), rs.getInt("version"), rs.getString("source"),
                rs.getString("sha256"), rs.getString("origin"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
