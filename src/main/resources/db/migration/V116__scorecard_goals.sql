-- The goals of the resolution's section II.2.2 that the scorecard judges (docs/reporting.md,
-- "Scorecard targets"): one row per target, the only place its figure is written. The supervision
-- target (1-2 campaigns) is not here: SupervisionTargetRule holds it.
CREATE TABLE scorecard_goal (
    target    varchar(40)   PRIMARY KEY,
    position  int           NOT NULL,
    name_vi   varchar(200)  NOT NULL,
    -- PERCENT: a share 0-100; COUNT: a number per unit (district-wide: the share of units that reach it)
    measure   varchar(10)   NOT NULL CHECK (measure IN ('PERCENT', 'COUNT')),
    goal      numeric(7, 2) NOT NULL,
    -- "trên 90%": the figure must exceed the goal; "từ 95% trở lên": reaching it is enough
    strictly  boolean       NOT NULL,
    basis     varchar(500)  NOT NULL
);

INSERT INTO scorecard_goal (target, position, name_vi, measure, goal, strictly, basis) VALUES
    ('PEOPLE_GATHERED', 1, 'Tập hợp quần chúng vào tổ chức đoàn thể', 'PERCENT', 95, false, 'NQ mục II.2.2: từ 95% trở lên'),
    ('MEMBERS_ACTIVE', 2, 'Đoàn viên, hội viên tham gia sinh hoạt', 'PERCENT', 90, true, 'NQ mục II.2.2: trên 90%'),
    ('UNITS_GOOD_DISTRICT', 3, 'Cơ quan MTTQ, đoàn thể cấp huyện hoàn thành tốt nhiệm vụ trở lên', 'PERCENT', 100, false, 'NQ mục II.2.2: 100%'),
    ('UNITS_GOOD_COMMUNE', 4, 'MTTQ, đoàn thể cấp xã hoàn thành tốt nhiệm vụ trở lên', 'PERCENT', 95, true, 'NQ mục II.2.2: trên 95%'),
    ('BRANCHES_GOOD', 5, 'Tổ chức đoàn thể ở thôn, tổ dân phố hoàn thành tốt nhiệm vụ trở lên', 'PERCENT', 90, true, 'NQ mục II.2.2: trên 90%'),
    ('OFFICERS_TRAINED', 6, 'Cán bộ Mặt trận, đoàn thể được tập huấn, bồi dưỡng', 'PERCENT', 100, false, 'NQ mục II.2.2: 100% hằng năm'),
    ('MODEL_INITIATIVES', 7, 'Mô hình điển hình, "Dân vận khéo"', 'COUNT', 1, false, 'NQ mục II.2.2: từ 1 đến 2 mô hình trở lên mỗi đơn vị'),
    ('AREAS_TYPICAL', 8, 'Khu dân cư đạt "tiêu biểu"', 'PERCENT', 50, true, 'NQ mục II.2.2: trên 50% đến năm 2025'),
    ('AREAS_MODEL', 9, 'Khu dân cư đạt "kiểu mẫu"', 'PERCENT', 30, true, 'NQ mục II.2.2: trên 30% đến năm 2025'),
    ('DIFFICULT_AREAS_SUPPORTED', 10, 'Khu dân cư vùng dân tộc thiểu số, vùng khó khăn được hỗ trợ', 'COUNT', 1, false, 'NQ mục II.2.2: 1 khu dân cư mỗi năm'),
    ('DIALOGUE_CONFERENCES', 12, 'Hội nghị đối thoại đã tổ chức so với kế hoạch', 'PERCENT', 100, false, 'NQ mục II.2.2; Quy định 218-QĐ/TW (kiểm tra: tỷ lệ không ghi trong nghị quyết)'),
    ('PETITIONS_ON_TIME', 13, 'Đơn thư giải quyết đúng hạn', 'PERCENT', 100, false, 'NQ mục II.3.4 (kiểm tra: tỷ lệ không ghi trong nghị quyết)');
