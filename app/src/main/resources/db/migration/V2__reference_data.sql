-- Reference data shipped with the app; every row is editable in Danh mục.
-- name_folded = VietnameseText.fold(name): lower case, accents removed, đ -> d, spaces collapsed
-- (a test checks these literals against the Java function).

INSERT INTO unit (name, name_folded, short_name, kind, aliases, sort_order) VALUES
('Văn phòng HĐND và UBND', 'van phong hdnd va ubnd', 'VP', 'OFFICE',
    'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã;Văn phòng HĐND - UBND;Văn phòng UBND xã', 10),
('Phòng Kinh tế', 'phong kinh te', 'KT', 'OFFICE',
    'Phòng Kinh tế, Hạ tầng và Đô thị;Phòng KT', 20),
('Phòng Văn hóa - Xã hội', 'phong van hoa - xa hoi', 'VHXH', 'OFFICE',
    'Phòng VH-XH;Phòng Văn hóa xã hội;Phòng VHXH;VHXH', 30),
('Trung tâm Phục vụ hành chính công', 'trung tam phuc vu hanh chinh cong', 'TTPVHCC', 'CENTRE',
    'Trung tâm phục vụ hành chính công xã;Trung tâm PVHCC;Bộ phận một cửa', 40),
('Trung tâm Dịch vụ sự nghiệp công', 'trung tam dich vu su nghiep cong', 'TTDVSNC', 'CENTRE',
    'Trung tâm Dịch vụ sự nghiệp công xã;Trung tâm cung ứng dịch vụ công;Trung tâm sự nghiệp công;Trung tâm Dịch vụ tổng hợp', 50),
('Công an xã', 'cong an xa', 'CA', 'POLICE', '', 60),
('Ban Chỉ huy Quân sự xã', 'ban chi huy quan su xa', 'BCHQS', 'MILITARY', 'Ban CHQS xã', 70),
('Ủy ban MTTQ Việt Nam xã', 'uy ban mttq viet nam xa', 'MTTQ', 'MASS_ORG',
    'Ủy ban Mặt trận Tổ quốc Việt Nam xã;Mặt trận Tổ quốc Việt Nam;MTTQ', 80),
('Hội Liên hiệp Phụ nữ xã', 'hoi lien hiep phu nu xa', 'HLHPN', 'MASS_ORG', 'Hội Phụ nữ', 90),
('Hội Nông dân xã', 'hoi nong dan xa', 'HND', 'MASS_ORG', '', 100),
('Hội Cựu chiến binh xã', 'hoi cuu chien binh xa', 'HCCB', 'MASS_ORG', '', 110),
('Đoàn Thanh niên xã', 'doan thanh nien xa', 'ĐTN', 'MASS_ORG',
    'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã;Đoàn TNCS Hồ Chí Minh', 120);

INSERT INTO external_body (name, name_folded, abbr, level) VALUES
('Bộ Nội vụ', 'bo noi vu', 'BNV', 'CENTRAL'),
('Ủy ban nhân dân tỉnh', 'uy ban nhan dan tinh', 'UBND', 'PROVINCE'),
('Văn phòng Ủy ban nhân dân tỉnh', 'van phong uy ban nhan dan tinh', 'VP', 'PROVINCE'),
('Sở Nội vụ', 'so noi vu', 'SNV', 'PROVINCE'),
('Sở Văn hóa, Thể thao và Du lịch', 'so van hoa, the thao va du lich', 'SVHTTDL', 'PROVINCE'),
('Đảng ủy xã', 'dang uy xa', 'ĐU', 'PARTY');

INSERT INTO publicity_form (code, name, name_folded, form_group, par_channel, measure_unit, sort_order) VALUES
('RADIO', 'Chương trình phát thanh (đài truyền thanh cơ sở)', 'chuong trinh phat thanh (dai truyen thanh co so)',
    'TRADITIONAL', 'TRADITIONAL', 'chương trình', 10),
('WEBSITE', 'Tin, bài trên Trang thông tin điện tử', 'tin, bai tren trang thong tin dien tu',
    'ONLINE', 'WEB_SOCIAL', 'tin, bài', 20),
('SOCIAL', 'Bài đăng mạng xã hội (Zalo OA, Facebook)', 'bai dang mang xa hoi (zalo oa, facebook)',
    'ONLINE', 'WEB_SOCIAL', 'bài đăng', 30),
('VIDEO', 'Video ngắn (YouTube, TikTok)', 'video ngan (youtube, tiktok)',
    'ONLINE', 'WEB_SOCIAL', 'video', 40),
('INFOGRAPHIC', 'Infographic, podcast', 'infographic, podcast',
    'ONLINE', 'WEB_SOCIAL', 'sản phẩm', 50),
('EBOARD', 'Bảng điện tử, màn hình điện tử', 'bang dien tu, man hinh dien tu',
    'ONLINE', 'ELECTRONIC_BOARD', 'lượt trình chiếu', 60),
('BANNER', 'Pano, áp phích, băng rôn, khẩu hiệu', 'pano, ap phich, bang ron, khau hieu',
    'TRADITIONAL', 'TRADITIONAL', 'cái', 70),
('CONFERENCE', 'Hội nghị, hội thảo, tập huấn', 'hoi nghi, hoi thao, tap huan',
    'TRADITIONAL', 'TRADITIONAL', 'hội nghị', 80),
('MEETING', 'Sinh hoạt chuyên đề, giao ban, họp thôn', 'sinh hoat chuyen de, giao ban, hop thon',
    'TRADITIONAL', 'TRADITIONAL', 'buổi', 90),
('CONTEST', 'Cuộc thi tìm hiểu về CCHC', 'cuoc thi tim hieu ve cchc',
    'TRADITIONAL', 'TRADITIONAL', 'cuộc thi', 100),
('LEAFLET', 'Tờ rơi, tờ gấp, bản tin, ấn phẩm', 'to roi, to gap, ban tin, an pham',
    'TRADITIONAL', 'TRADITIONAL', 'bản', 110),
('DIALOGUE', 'Đối thoại với người dân, doanh nghiệp', 'doi thoai voi nguoi dan, doanh nghiep',
    'TRADITIONAL', 'TRADITIONAL', 'buổi', 120);

-- Criterion 4 of one province's commune PAR guide (DOMAIN.md §7); another guide edits these rows.
INSERT INTO par_criterion (code, title, max_points, rule_kind, par_channel, threshold_percent, sort_order) VALUES
('4.1', 'Mức độ hoàn thành kế hoạch tuyên truyền CCHC', 1.00, 'PLAN_FULFILMENT', NULL, 90.00, 10),
('4.2.1', 'Tuyên truyền trên bảng điện tử, màn hình điện tử', 0.25, 'CHANNEL_USED', 'ELECTRONIC_BOARD', NULL, 20),
('4.2.2', 'Tuyên truyền trên Trang thông tin điện tử hoặc mạng xã hội', 0.25, 'CHANNEL_USED', 'WEB_SOCIAL', NULL, 30),
('4.2.3', 'Tuyên truyền bằng hình thức truyền thống', 0.50, 'CHANNEL_USED', 'TRADITIONAL', NULL, 40);
