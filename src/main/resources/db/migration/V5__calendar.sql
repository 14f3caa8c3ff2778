-- Working-day calendar: Monday to Friday are working days unless listed here as DAY_OFF; a
-- weekend day listed as WORKING_DAY is a make-up working day. One row per exception, per year's
-- government notice; an administrator edits them through /api/calendar/days.
CREATE TABLE calendar_day (
    day     date         PRIMARY KEY,
    kind    varchar(20)  NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    name_vi varchar(200) NOT NULL,
    source  varchar(300)
);

-- 2025 (Bộ luật Lao động 2019, art. 112; notices of the Ministry of Home Affairs)
INSERT INTO calendar_day (day, kind, name_vi, source) VALUES
    ('2025-01-01', 'DAY_OFF', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112'),
    ('2025-01-27', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Thông báo nghỉ Tết 2025: 25/01-02/02'),
    ('2025-01-28', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 'Thông báo nghỉ Tết 2025: 25/01-02/02'),
    ('2025-01-29', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 1)', 'Thông báo nghỉ Tết 2025: 25/01-02/02'),
    ('2025-01-30', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 2)', 'Thông báo nghỉ Tết 2025: 25/01-02/02'),
    ('2025-01-31', 'DAY_OFF', 'Tết Nguyên đán Ất Tỵ (mùng 3)', 'Thông báo nghỉ Tết 2025: 25/01-02/02'),
    ('2025-04-07', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112'),
    ('2025-04-26', 'WORKING_DAY', 'Làm bù cho ngày 02/05', 'Hoán đổi ngày làm việc dịp 30/4-1/5/2025'),
    ('2025-04-30', 'DAY_OFF', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112'),
    ('2025-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động', 'BLLĐ 2019 Điều 112'),
    ('2025-05-02', 'DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04)', 'Hoán đổi ngày làm việc dịp 30/4-1/5/2025'),
    ('2025-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề)', 'BLLĐ 2019 Điều 112'),
    ('2025-09-02', 'DAY_OFF', 'Quốc khánh', 'BLLĐ 2019 Điều 112');

-- 2026 (Tết Bính Ngọ: mùng 1 = 17/02/2026; Giỗ Tổ 10/3 âm lịch = Chủ nhật 26/04, nghỉ bù 27/04)
INSERT INTO calendar_day (day, kind, name_vi, source) VALUES
    ('2026-01-01', 'DAY_OFF', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112'),
    ('2026-02-16', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', 'Thông báo nghỉ Tết 2026: 14/02-22/02'),
    ('2026-02-17', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 1)', 'Thông báo nghỉ Tết 2026: 14/02-22/02'),
    ('2026-02-18', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 2)', 'Thông báo nghỉ Tết 2026: 14/02-22/02'),
    ('2026-02-19', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 3)', 'Thông báo nghỉ Tết 2026: 14/02-22/02'),
    ('2026-02-20', 'DAY_OFF', 'Tết Nguyên đán Bính Ngọ (mùng 4)', 'Thông báo nghỉ Tết 2026: 14/02-22/02'),
    ('2026-04-27', 'DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật)', 'BLLĐ 2019 Điều 111, 112'),
    ('2026-04-30', 'DAY_OFF', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112'),
    ('2026-05-01', 'DAY_OFF', 'Ngày Quốc tế Lao động', 'BLLĐ 2019 Điều 112'),
    ('2026-09-01', 'DAY_OFF', 'Quốc khánh (ngày liền kề, kiểm tra theo thông báo năm)', 'BLLĐ 2019 Điều 112'),
    ('2026-09-02', 'DAY_OFF', 'Quốc khánh', 'BLLĐ 2019 Điều 112');

-- 2027 (Tết Đinh Mùi: mùng 1 = thứ Bảy 06/02/2027; Giỗ Tổ 10/3 âm lịch = 16/04/2027). The
-- compensating days follow the usual pattern and must be checked against the year's notice.
INSERT INTO calendar_day (day, kind, name_vi, source) VALUES
    ('2027-01-01', 'DAY_OFF', 'Tết Dương lịch', 'BLLĐ 2019 Điều 112'),
    ('2027-02-05', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (30 tháng Chạp)', 'BLLĐ 2019 Điều 112 (kiểm tra thông báo 2027)'),
    ('2027-02-08', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (mùng 3)', 'BLLĐ 2019 Điều 112 (kiểm tra thông báo 2027)'),
    ('2027-02-09', 'DAY_OFF', 'Tết Nguyên đán Đinh Mùi (mùng 4)', 'BLLĐ 2019 Điều 112 (kiểm tra thông báo 2027)'),
    ('2027-02-10', 'DAY_OFF', 'Nghỉ bù Tết (mùng 1 là thứ Bảy)', 'BLLĐ 2019 Điều 111 (kiểm tra thông báo 2027)'),
    ('2027-02-11', 'DAY_OFF', 'Nghỉ bù Tết (mùng 2 là Chủ nhật)', 'BLLĐ 2019 Điều 111 (kiểm tra thông báo 2027)'),
    ('2027-04-16', 'DAY_OFF', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'BLLĐ 2019 Điều 112'),
    ('2027-04-30', 'DAY_OFF', 'Ngày Chiến thắng', 'BLLĐ 2019 Điều 112'),
    ('2027-05-03', 'DAY_OFF', 'Nghỉ bù Quốc tế Lao động (01/05 là thứ Bảy)', 'BLLĐ 2019 Điều 111'),
    ('2027-09-02', 'DAY_OFF', 'Quốc khánh', 'BLLĐ 2019 Điều 112'),
    ('2027-09-03', 'DAY_OFF', 'Quốc khánh (ngày liền kề, kiểm tra theo thông báo năm)', 'BLLĐ 2019 Điều 112');

-- One row per watched step: when its clock started, its dates, and the process that keeps its timers.
CREATE TABLE deadline (
    task_id              varchar(64)  PRIMARY KEY,
    kind                 varchar(40)  NOT NULL,
    subject_id           varchar(60)  NOT NULL,
    stage                varchar(20)  NOT NULL,
    unit_code            varchar(40)  NOT NULL,
    anchor_at            timestamp with time zone NOT NULL,
    remind_at            timestamp with time zone NOT NULL,
    due_at               timestamp with time zone NOT NULL,
    very_late_at         timestamp with time zone NOT NULL,
    extensions_used      int          NOT NULL DEFAULT 0,
    rule_key             varchar(300) NOT NULL,
    -- the rule's inputs, so the dates can be computed again when the calendar changes
    case_type            varchar(20),
    complexity           varchar(20),
    remote_area          boolean      NOT NULL DEFAULT false,
    -- a due date given by a decision (a conference's conclusion), not computed from the rules
    explicit_due         boolean      NOT NULL DEFAULT false,
    watch_instance_id    varchar(64),
    state                varchar(20)  NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'MET', 'CANCELLED'))
);
CREATE INDEX deadline_open_idx ON deadline (state, anchor_at, very_late_at);
CREATE INDEX deadline_subject_idx ON deadline (subject_id, stage);

-- How many extensions a case has used per stage survives the task that asked for them.
CREATE TABLE deadline_extension (
    subject_id       varchar(60)  NOT NULL,
    stage            varchar(20)  NOT NULL,
    sequence         int          NOT NULL,
    reason           text         NOT NULL,
    decision_number  varchar(100) NOT NULL,
    granted_by       varchar(100) NOT NULL,
    granted_at       timestamp with time zone NOT NULL,
    PRIMARY KEY (subject_id, stage, sequence)
);
