-- Levels and units: reference data that an administrator edits (Vietnam's two-level reform of
-- 2025 changes them), never names in code. Unit codes double as Camunda group ids, so they are
-- lower-case letters and digits only (Camunda's default resource id pattern).

CREATE TABLE level (
    code        varchar(20)  PRIMARY KEY,
    name_vi     varchar(100) NOT NULL,
    rank        int          NOT NULL UNIQUE
);

CREATE TABLE unit (
    code        varchar(40)  PRIMARY KEY CHECK (code ~ '^[a-z0-9]+$'),
    name_vi     varchar(200) NOT NULL,
    level_code  varchar(20)  NOT NULL REFERENCES level (code),
    kind        varchar(20)  NOT NULL CHECK (kind IN ('COMMUNE', 'RECEPTION', 'FRONT', 'ORGANISATION', 'PARTY')),
    parent_code varchar(40)  REFERENCES unit (code),
    remote_area boolean      NOT NULL DEFAULT false,
    active      boolean      NOT NULL DEFAULT true
);

CREATE INDEX unit_level_idx ON unit (level_code);

INSERT INTO level (code, name_vi, rank) VALUES
    ('COMMUNE',   'Cấp xã',          1),
    ('DISTRICT',  'Cấp huyện',       2),
    ('COMMITTEE', 'Huyện ủy',        3);

INSERT INTO unit (code, name_vi, level_code, kind, parent_code, remote_area) VALUES
    ('huyenuy',        'Ban Thường vụ Huyện ủy Đức Trọng',               'COMMITTEE', 'PARTY',        NULL,      false),
    ('bandanvan',      'Ban Dân vận Huyện ủy Đức Trọng',                 'COMMITTEE', 'PARTY',        NULL,      false),
    ('huyen',          'Ban Tiếp công dân huyện Đức Trọng',              'DISTRICT',  'RECEPTION',    'huyenuy', false),
    ('mttqhuyen',      'Ủy ban MTTQ Việt Nam huyện Đức Trọng',           'DISTRICT',  'FRONT',        'huyenuy', false),
    ('hoiphunuhuyen',  'Hội Liên hiệp Phụ nữ huyện Đức Trọng',           'DISTRICT',  'ORGANISATION', 'huyenuy', false),
    ('hoinongdanhuyen','Hội Nông dân huyện Đức Trọng',                   'DISTRICT',  'ORGANISATION', 'huyenuy', false),
    ('hoiccbhuyen',    'Hội Cựu chiến binh huyện Đức Trọng',             'DISTRICT',  'ORGANISATION', 'huyenuy', false),
    ('doanthanhnienhuyen', 'Huyện đoàn Đức Trọng',                       'DISTRICT',  'ORGANISATION', 'huyenuy', false),
    ('liendoanldhuyen','Liên đoàn Lao động huyện Đức Trọng',             'DISTRICT',  'ORGANISATION', 'huyenuy', false),
    ('liennghia',      'Thị trấn Liên Nghĩa',                            'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('binhthanh',      'Xã Bình Thạnh',                                  'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('daquyn',         'Xã Đa Quyn',                                     'COMMUNE',   'COMMUNE',      'huyen',   true),
    ('daloan',         'Xã Đà Loan',                                     'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('hiepan',         'Xã Hiệp An',                                     'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('hiepthanh',      'Xã Hiệp Thạnh',                                  'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('lienhiep',       'Xã Liên Hiệp',                                   'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('ntholha',        'Xã N''Thol Hạ',                                  'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('ninhgia',        'Xã Ninh Gia',                                    'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('ninhloan',       'Xã Ninh Loan',                                   'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('phuhoi',         'Xã Phú Hội',                                     'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('tahine',         'Xã Tà Hine',                                     'COMMUNE',   'COMMUNE',      'huyen',   true),
    ('tanang',         'Xã Tà Năng',                                     'COMMUNE',   'COMMUNE',      'huyen',   true),
    ('tanhoi',         'Xã Tân Hội',                                     'COMMUNE',   'COMMUNE',      'huyen',   false),
    ('tanthanh',       'Xã Tân Thành',                                   'COMMUNE',   'COMMUNE',      'huyen',   false);
