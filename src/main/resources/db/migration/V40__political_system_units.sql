-- Every body of the political system that the resolution measures, as data: in each commune and the
-- town its Fatherland Front committee, four socio-political organisations and its Party committee;
-- at district level the Party committee's inspection commission. Each unit keeps its parent (the
-- body above it in its own line: a commune's Farmers' Union answers to the district Farmers' Union,
-- a commune Party committee to the district Party committee) and, for commune-level units, the
-- commune it belongs to. Administrators change all of it at run time through /api/units.

ALTER TABLE unit ADD COLUMN commune_code varchar(40) REFERENCES unit (code);
COMMENT ON COLUMN unit.commune_code IS
    'The commune or town (its government unit) a commune-level unit belongs to; null above the commune level';

UPDATE unit SET commune_code = code WHERE kind = 'COMMUNE';

-- The committee's bodies answer to the standing committee.
UPDATE unit SET parent_code = 'huyenuy' WHERE code = 'bandanvan';

INSERT INTO unit (code, name_vi, level_code, kind, parent_code, remote_area) VALUES
    ('ubkthuyenuy', 'Ủy ban Kiểm tra Huyện ủy Đức Trọng', 'COMMITTEE', 'PARTY', 'huyenuy', false);

-- "Xã Hiệp An" gives "Hội Nông dân xã Hiệp An", "Thị trấn Liên Nghĩa" gives "Đảng ủy thị trấn Liên Nghĩa".
INSERT INTO unit (code, name_vi, level_code, kind, parent_code, commune_code, remote_area)
SELECT c.code || b.suffix, b.prefix || lower(left(c.name_vi, 1)) || substring(c.name_vi FROM 2), 'COMMUNE', b.kind,
       b.parent_code, c.code, c.remote_area
FROM unit c CROSS JOIN (VALUES
    ('mttq',   'FRONT',        'mttqhuyen',          'Ủy ban MTTQ Việt Nam '),
    ('hlhpn',  'ORGANISATION', 'hoiphunuhuyen',      'Hội Liên hiệp Phụ nữ '),
    ('hnd',    'ORGANISATION', 'hoinongdanhuyen',    'Hội Nông dân '),
    ('hccb',   'ORGANISATION', 'hoiccbhuyen',        'Hội Cựu chiến binh '),
    ('doan',   'ORGANISATION', 'doanthanhnienhuyen', 'Đoàn TNCS Hồ Chí Minh '),
    ('danguy', 'PARTY',        'huyenuy',            'Đảng ủy ')) AS b (suffix, kind, parent_code, prefix)
WHERE c.kind = 'COMMUNE';

CREATE INDEX unit_commune_idx ON unit (commune_code);
CREATE INDEX unit_parent_idx ON unit (parent_code);

-- Who approves a unit's dialogue plan is no longer a column to keep in step: it is the Party
-- committee that leads the unit (the commune's Party committee for a commune), derived from the units.
ALTER TABLE dialogue_unit_policy DROP COLUMN approver_group;
