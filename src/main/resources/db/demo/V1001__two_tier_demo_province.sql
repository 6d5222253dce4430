-- Demo profile only: the demo office of 2026, a province of the two-tier local government (from 1 July 2025). The
-- district of V1000 is gone: its ward takes over its desk, its departments and its dossiers; the land registry and
-- the tax office become provincial agencies; the province adds its Public Administrative Service Center (with a
-- branch), the Department of Justice and two more communes. "Tỉnh Demo" is fictional; its structure is not.

INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('TINH-DEMO', '000.00.00.H12', 'Ủy ban nhân dân tỉnh Demo', '08:00:00', '12:00:00', '13:00:00', '17:00:00', 'PROVINCE', NULL);
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('TTPVHCC', '000.00.01.H12', 'Trung tâm Phục vụ hành chính công tỉnh Demo', '07:30:00', '11:30:00', '13:00:00', '17:00:00', 'SERVICE_CENTER', 'TINH-DEMO');
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('TTPVHCC-CN1', '000.01.01.H12', 'Chi nhánh số 1 Trung tâm Phục vụ hành chính công tỉnh Demo', '07:30:00', '11:30:00', '13:00:00', '17:00:00', 'BRANCH', 'TTPVHCC');
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('SO-TU-PHAP', '000.00.08.H12', 'Sở Tư pháp tỉnh Demo', '08:00:00', '12:00:00', '13:00:00', '17:00:00', 'PROVINCE', 'TINH-DEMO');
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('VPDKDD', '000.00.20.H12', 'Văn phòng Đăng ký đất đai tỉnh Demo', '08:00:00', '12:00:00', '13:00:00', '17:00:00', 'PROVINCE', 'TINH-DEMO');
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('THUE-TINH', '000.00.30.H12', 'Thuế tỉnh Demo', '08:00:00', '12:00:00', '13:00:00', '17:00:00', 'PROVINCE', 'TINH-DEMO');
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('PHUONG-HO-SEN', '000.00.15.H12', 'Ủy ban nhân dân phường Hồ Sen', '08:00:00', '12:00:00', '13:00:00', '17:00:00', 'COMMUNE', 'TINH-DEMO');
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('XA-DONG-LUA', '000.00.16.H12', 'Ủy ban nhân dân xã Đồng Lúa', '07:30:00', '11:30:00', '13:30:00', '17:00:00', 'COMMUNE', 'TINH-DEMO');
INSERT INTO unit (code, agency_code, name, morning_start, morning_end, afternoon_start, afternoon_end, kind, parent_code)
VALUES ('XA-BEN-DO', '000.00.17.H12', 'Ủy ban nhân dân xã Bến Đò', '08:00:00', '12:00:00', '13:00:00', '17:00:00', 'COMMUNE', 'TINH-DEMO');

-- The ward takes over the district's desk and departments; land and tax go to their provincial agencies.
UPDATE department SET unit_code = 'PHUONG-HO-SEN', kind = 'TU-PHAP', name = 'Văn phòng HĐND và UBND phường Hồ Sen'
 WHERE code = 'TU-PHAP';
UPDATE department SET unit_code = 'PHUONG-HO-SEN', kind = 'TC-KH', name = 'Phòng Kinh tế phường Hồ Sen'
 WHERE code = 'TC-KH';
UPDATE department SET unit_code = 'VPDKDD', kind = 'DAT-DAI', name = 'Chi nhánh Văn phòng đăng ký đất đai khu vực Hồ Sen'
 WHERE code = 'DAT-DAI';
UPDATE department SET unit_code = 'THUE-TINH', kind = 'THUE', name = 'Thuế cơ sở 1 tỉnh Demo'
 WHERE code = 'THUE';
INSERT INTO department (code, unit_code, name, kind) VALUES
  ('DONG-LUA.TU-PHAP', 'XA-DONG-LUA', 'Văn phòng HĐND và UBND xã Đồng Lúa', 'TU-PHAP'),
  ('DONG-LUA.TC-KH', 'XA-DONG-LUA', 'Phòng Kinh tế xã Đồng Lúa', 'TC-KH'),
  ('BEN-DO.TU-PHAP', 'XA-BEN-DO', 'Văn phòng HĐND và UBND xã Bến Đò', 'TU-PHAP'),
  ('BEN-DO.TC-KH', 'XA-BEN-DO', 'Phòng Kinh tế xã Bến Đò', 'TC-KH'),
  ('STP.HCTP', 'SO-TU-PHAP', 'Phòng Hành chính tư pháp', 'TU-PHAP');

UPDATE staff SET unit_code = 'PHUONG-HO-SEN' WHERE unit_code = 'UBND-HUYEN-DEMO';
UPDATE staff SET unit_code = 'VPDKDD' WHERE username = 'handler.datdai';
UPDATE staff SET unit_code = 'THUE-TINH' WHERE username = 'handler.thue';
-- The demo supervisor and administrator are the province's: they watch every unit.
UPDATE staff SET unit_code = 'TINH-DEMO', full_name = 'Vũ Thị Giám Sát (tỉnh)' WHERE username = 'supervisor';
UPDATE staff SET unit_code = 'TINH-DEMO' WHERE username = 'admin';

-- BCrypt of "demo".
INSERT INTO staff (username, password_hash, full_name, role, unit_code, enabled) VALUES
  ('clerk.trungtam', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Lý Thị Trung Tâm', 'CLERK', 'TTPVHCC', TRUE),
  ('clerk.chinhanh', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Đặng Văn Chi Nhánh', 'CLERK', 'TTPVHCC-CN1', TRUE),
  ('clerk.donglua', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Mai Thị Đồng Lúa', 'CLERK', 'XA-DONG-LUA', TRUE),
  ('handler.donglua', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Tô Văn Ruộng', 'HANDLER', 'XA-DONG-LUA', TRUE),
  ('approver.donglua', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Hà Văn Chủ Tịch', 'APPROVER', 'XA-DONG-LUA', TRUE),
  ('supervisor.donglua', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Kiều Thị Giám Sát', 'SUPERVISOR', 'XA-DONG-LUA', TRUE),
  ('clerk.bendo', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Lâm Thị Bến', 'CLERK', 'XA-BEN-DO', TRUE),
  ('handler.bendo', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Chu Văn Đò', 'HANDLER', 'XA-BEN-DO', TRUE),
  ('approver.bendo', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Triệu Văn Sông', 'APPROVER', 'XA-BEN-DO', TRUE),
  ('supervisor.hosen', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Ninh Thị Hồ', 'SUPERVISOR', 'PHUONG-HO-SEN', TRUE),
  ('handler.stp', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Cao Văn Lý Lịch', 'HANDLER', 'SO-TU-PHAP', TRUE),
  ('approver.stp', '$2a$10$WSpWOX5VsVykcXlAvuhuOumUnQmvhZtYsk4Xd5SlckPeum.ROmG9q', 'Quách Thị Giám Đốc', 'APPROVER', 'SO-TU-PHAP', TRUE);
INSERT INTO staff_department (username, department_code) VALUES
  ('handler.donglua', 'DONG-LUA.TU-PHAP'), ('handler.donglua', 'DONG-LUA.TC-KH'),
  ('approver.donglua', 'DONG-LUA.TU-PHAP'), ('approver.donglua', 'DONG-LUA.TC-KH'),
  ('handler.bendo', 'BEN-DO.TU-PHAP'), ('handler.bendo', 'BEN-DO.TC-KH'),
  ('approver.bendo', 'BEN-DO.TU-PHAP'), ('approver.bendo', 'BEN-DO.TC-KH'),
  ('handler.stp', 'STP.HCTP'), ('approver.stp', 'STP.HCTP');

-- The district's dossiers and figures are the ward's.
UPDATE dossier SET unit_code = 'PHUONG-HO-SEN', unit_name = 'Ủy ban nhân dân phường Hồ Sen'
 WHERE unit_code = 'UBND-HUYEN-DEMO';
UPDATE dossier SET helped_unit_code = 'PHUONG-HO-SEN' WHERE helped_unit_code = 'UBND-HUYEN-DEMO';
UPDATE dossier SET receiving_unit_code = 'PHUONG-HO-SEN' WHERE receiving_unit_code = 'UBND-HUYEN-DEMO';
UPDATE dossier_agency SET unit_code = 'PHUONG-HO-SEN', unit_name = 'Ủy ban nhân dân phường Hồ Sen'
 WHERE unit_code = 'UBND-HUYEN-DEMO' AND department_code IN ('TU-PHAP', 'TC-KH');
UPDATE dossier_agency SET unit_code = 'VPDKDD', unit_name = 'Văn phòng Đăng ký đất đai tỉnh Demo'
 WHERE unit_code = 'UBND-HUYEN-DEMO' AND department_code = 'DAT-DAI';
UPDATE dossier_agency SET unit_code = 'THUE-TINH', unit_name = 'Thuế tỉnh Demo'
 WHERE unit_code = 'UBND-HUYEN-DEMO' AND department_code = 'THUE';
UPDATE indicator_rollup SET unit_code = 'PHUONG-HO-SEN' WHERE unit_code = 'UBND-HUYEN-DEMO';
UPDATE indicator_rollup_month SET unit_code = 'PHUONG-HO-SEN' WHERE unit_code = 'UBND-HUYEN-DEMO';
UPDATE indicator_outcome SET unit_code = 'PHUONG-HO-SEN' WHERE unit_code = 'UBND-HUYEN-DEMO';
DELETE FROM unit WHERE code = 'UBND-HUYEN-DEMO';
-- And the figures follow, rebuilt from the dossier rows at the next start.
INSERT INTO rollup_rebuild_request (requested_by) VALUES ('V1001__two_tier_demo_province');
