package vn.danvan.messaging.record;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.danvan.messaging.DomainEvents;

/** Gives each module the {@link RecordLedger} of its record. */
@Service
public class RecordLedgers {

    private final JdbcClient jdbc;
    private final DomainEvents events;

    RecordLedgers(JdbcClient jdbc, DomainEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public <R, C extends RecordChange<C>, D> RecordLedger<R, C, D> of(RecordTable<R, C, D> table) {
        return new RecordLedger<>(jdbc, events, table);
    }
}
