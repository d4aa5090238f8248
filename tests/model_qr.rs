//! The join code: the QR code of a known text is the one the QR encoder makes (checked
//! once with a decoder), the SVG path draws exactly the encoder's modules inside a light
//! quiet zone, and the address is shortened for typing.

use netwhy::model::qr::{short_address, QrDrawing, QUIET_ZONE};
use netwhy::model::term::ui;
use netwhy::model::Content;
use netwhy::term_fill;
use qrcodegen::{QrCode, QrCodeEcc};

/// "netwhy" as a version 1 code with its quiet zone (`#` dark), as `zbarimg` reads it.
const NETWHY: [&str; 29] = [
    ".............................",
    ".............................",
    ".............................",
    ".............................",
    "....#######.#.#.#.#######....",
    "....#.....#.#.....#.....#....",
    "....#.###.#.##..#.#.###.#....",
    "....#.###.#..###..#.###.#....",
    "....#.###.#..##.#.#.###.#....",
    "....#.....#.#...#.#.....#....",
    "....#######.#.#.#.#######....",
    "............#................",
    "......###.#.##.#####..###....",
    "....##..##.#..##.#.#.##.#....",
    ".....#.#..#.##.#.##.####.....",
    "......#.##.#####..#####.#....",
    "....#.#.####.#..##..##.##....",
    "............###.####.##.#....",
    "....#######...###..#..##.....",
    "....#.....#..#...#...##.#....",
    "....#.###.#.####.#.###.#.....",
    "....#.###.#.##..#.#.###......",
    "....#.###.#.#..##.#..#.......",
    "....#.....#......###.##......",
    "....#######..#.#..###..#.....",
    ".............................",
    ".............................",
    ".............................",
    ".............................",
];

fn art(drawing: &QrDrawing) -> Vec<String> {
    drawing
        .modules()
        .iter()
        .map(|row| {
            row.iter()
                .map(|&dark| if dark { '#' } else { '.' })
                .collect()
        })
        .collect()
}

#[test]
fn a_known_text_gives_the_known_code() {
    let drawing = QrDrawing::of("netwhy").expect("a short text fits");
    assert_eq!(drawing.side, 29);
    assert_eq!(drawing.view_box(), "0 0 29 29");
    assert_eq!(art(&drawing), NETWHY);
}

#[test]
fn the_path_draws_the_encoders_modules_inside_a_light_quiet_zone() {
    for address in [
        "https://example.org/",
        "http://127.0.0.1:8080/some/path/",
        "https://netwhy.example.org/workshops/2026/autumn/index.html",
    ] {
        let code = QrCode::encode_text(address, QrCodeEcc::Medium).unwrap();
        let size = code.size() as usize;
        let drawing = QrDrawing::of(address).unwrap();
        assert_eq!(drawing.side, size + 2 * QUIET_ZONE, "{address}");
        let modules = drawing.modules();
        for (y, row) in modules.iter().enumerate() {
            for (x, &dark) in row.iter().enumerate() {
                let inside = |v: usize| (QUIET_ZONE..QUIET_ZONE + size).contains(&v);
                let expected = inside(x)
                    && inside(y)
                    && code.get_module((x - QUIET_ZONE) as i32, (y - QUIET_ZONE) as i32);
                assert_eq!(dark, expected, "{address}: module {x}, {y}");
            }
        }
        // One rectangle a run: no two rectangles of a row touch.
        let runs = modules
            .iter()
            .map(|row| row.windows(2).filter(|w| w[1] && !w[0]).count())
            .sum::<usize>();
        assert_eq!(drawing.path.matches('z').count(), runs, "{address}");
    }
}

#[test]
fn any_pattern_is_drawn_and_read_back_the_same() {
    let dark = |x: usize, y: usize| (x * 7 + y * 3) % 5 < 2 || x == 10;
    let drawing = QrDrawing::from_modules(11, dark);
    let modules = drawing.modules();
    assert_eq!(modules.len(), 11 + 2 * QUIET_ZONE);
    for (y, row) in modules.iter().enumerate() {
        for (x, &is_dark) in row.iter().enumerate() {
            let inside = |v: usize| (QUIET_ZONE..QUIET_ZONE + 11).contains(&v);
            let expected = inside(x) && inside(y) && dark(x - QUIET_ZONE, y - QUIET_ZONE);
            assert_eq!(is_dark, expected, "module {x}, {y}");
        }
    }
}

#[test]
fn a_text_too_long_for_any_code_has_none() {
    let long = format!("https://example.org/{}", "a".repeat(3000));
    assert_eq!(QrDrawing::of(&long), None);
}

#[test]
fn the_address_is_shortened_for_typing() {
    for (address, short) in [
        ("https://example.org/", "example.org"),
        ("https://example.org/netwhy/", "example.org/netwhy/"),
        (
            "https://someone.github.io/netwhy/index.html",
            "someone.github.io/netwhy/index.html",
        ),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
        (
            "http://127.0.0.1:8080/some/path/",
            "http://127.0.0.1:8080/some/path/",
        ),
        ("", ""),
    ] {
        assert_eq!(short_address(address), short, "{address}");
    }
}

#[test]
fn the_codes_label_for_screen_readers_names_the_address() {
    let content = Content::embedded();
    let label = term_fill!(
        content,
        ui::room::CODE_LABEL,
        address = short_address("https://example.org/netwhy/")
    );
    assert!(label.contains("QR code"), "{label}");
    assert!(label.ends_with("example.org/netwhy/"), "{label}");
}

#[test]
fn a_room_code_is_drawn_in_alphanumeric_mode_in_the_smallest_symbol() {
    use qrcodegen::QrSegment;
    let drawing = QrDrawing::of_alphanumeric("4AK-B7H-6NM").expect("a code");
    assert_eq!(drawing.side, 21 + 2 * QUIET_ZONE, "version 1");
    // Exactly the encoder's alphanumeric symbol, at the highest correction that fits.
    let segments = [QrSegment::make_alphanumeric("4AK-B7H-6NM")];
    let code = QrCode::encode_segments(&segments, QrCodeEcc::Medium).expect("encodes");
    assert_eq!(code.error_correction_level(), QrCodeEcc::Quartile);
    let modules = drawing.modules();
    for y in 0..21 {
        for x in 0..21 {
            assert_eq!(
                modules[y + QUIET_ZONE][x + QUIET_ZONE],
                code.get_module(x as i32, y as i32),
                "({x}, {y})"
            );
        }
    }
    // Twenty such characters still fit version 1, where bytes need version 2.
    let twenty = "ABCDEFGHJK-MNPQRSTVW";
    assert_eq!(QrDrawing::of_alphanumeric(twenty).map(|d| d.side), Some(29));
    assert_eq!(QrDrawing::of(twenty).map(|d| d.side), Some(33));
}

#[test]
fn text_outside_the_alphanumeric_set_is_not_drawn_as_one() {
    for text in ["4ak-b7h-6nm", "room code!", "é", "a\nb"] {
        assert_eq!(QrDrawing::of_alphanumeric(text), None, "{text:?}");
    }
    assert_eq!(
        QrDrawing::of_alphanumeric(&"A".repeat(5000)),
        None,
        "too long"
    );
}
