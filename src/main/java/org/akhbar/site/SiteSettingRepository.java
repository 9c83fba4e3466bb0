package org.akhbar.site;

import static org.akhbar.schema.Tables.SITE_SETTING;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.akhbar.platform.ChangeLog;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** All SQL about the settings administrators change: one row per setting, by name. */
@Repository
class SiteSettingRepository {

    /** The change log's entity for settings: every node re-reads them when it sees one. */
    static final String ENTITY = "setting";

    private final DSLContext db;
    private final ChangeLog changeLog;
    private final Clock clock;

    SiteSettingRepository(DSLContext db, ChangeLog changeLog, Clock clock) {
        this.db = db;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    public Map<String, String> findAll() {
        return db.selectFrom(SITE_SETTING).fetchMap(SITE_SETTING.NAME, SITE_SETTING.VALUE);
    }

    /** Writes every one of these settings, or none of them. */
    @Transactional
    public void saveAll(Map<String, String> settings) {
        Instant now = clock.instant();
        settings.forEach((name, value) -> db.insertInto(SITE_SETTING)
                .set(SITE_SETTING.NAME, name)
                .set(SITE_SETTING.VALUE, value)
                .set(SITE_SETTING.UPDATED_AT, now)
                .onConflict(SITE_SETTING.NAME)
                .doUpdate()
                .set(SITE_SETTING.VALUE, value)
                .set(SITE_SETTING.UPDATED_AT, now)
                .execute());
        changeLog.append(ENTITY, 0, "updated");
    }
}
