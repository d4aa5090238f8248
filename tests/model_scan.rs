//! Reading room codes in camera frames: codes drawn by the app's own QR encoder are read
//! back, one or several in a frame, turned, smaller or larger, in colour; blank and noisy
//! frames give nothing; frames of a wrong or hostile size are refused before they are
//! read; and no bytes at all make the reader panic.

use netwhy::model::scan::{
    frame_size, luma_of_rgba, FrameError, Reader, FRAME_SIDE, MAX_SIDE, MAX_TEXTS, MIN_SIDE,
};
use proptest::prelude::*;
use qrcodegen::{QrCode, QrCodeEcc};

/// A greyscale image, one byte a pixel, row by row, white to start with.
struct Image {
    width: usize,
    height: usize,
    luma: Vec<u8>,
}

impl Image {
    fn white(width: usize, height: usize) -> Image {
        Image {
            width,
            height,
            luma: vec![255; width * height],
        }
    }

    /// Draws the QR code of `text` with its top-left module at (`left`, `top`), `scale`
    /// pixels a module, turned a quarter turn clockwise `turns` times (its quiet zone is
    /// the white around it).
    fn draw(&mut self, text: &str, left: usize, top: usize, scale: usize, turns: u8) {
        let code = QrCode::encode_text(text, QrCodeEcc::Medium).unwrap();
        let size = code.size() as usize;
        for y in 0..size {
            for x in 0..size {
                let (mx, my) = match turns % 4 {
                    0 => (x, y),
                    1 => (y, size - 1 - x),
                    2 => (size - 1 - x, size - 1 - y),
                    _ => (size - 1 - y, x),
                };
                if !code.get_module(mx as i32, my as i32) {
                    continue;
                }
                for py in 0..scale {
                    for px in 0..scale {
                        let (ix, iy) = (left + x * scale + px, top + y * scale + py);
                        self.luma[iy * self.width + ix] = 0;
                    }
                }
            }
        }
    }

    fn read(&self) -> Result<Vec<String>, FrameError> {
        Reader::new().read_luma(self.width as u32, self.height as u32, &self.luma)
    }

    /// The image as a canvas gives it: RGBA, `ink` for dark pixels, `paper` for light.
    fn rgba(&self, ink: [u8; 3], paper: [u8; 3]) -> Vec<u8> {
        self.luma
            .iter()
            .flat_map(|&l| {
                let [r, g, b] = if l < 128 { ink } else { paper };
                [r, g, b, 255]
            })
            .collect()
    }
}

/// A small deterministic noise source (xorshift), so failures repeat.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

#[test]
fn one_room_code_is_read_back() {
    let mut image = Image::white(320, 240);
    image.draw("4AK-B7H-6NM", 60, 40, 6, 0);
    assert_eq!(image.read().unwrap(), vec!["4AK-B7H-6NM".to_string()]);
}

#[test]
fn several_codes_in_one_frame_are_all_read_each_once() {
    let mut image = Image::white(640, 480);
    image.draw("4AK-B7H-6NM", 20, 20, 5, 0);
    image.draw("7QW-3RT-9XY", 340, 20, 5, 0);
    image.draw("HELLO-ROOM", 180, 270, 5, 0);
    let mut texts = image.read().unwrap();
    texts.sort();
    assert_eq!(texts, ["4AK-B7H-6NM", "7QW-3RT-9XY", "HELLO-ROOM"]);

    // The same code twice in a frame comes back once.
    let mut twice = Image::white(640, 240);
    twice.draw("4AK-B7H-6NM", 20, 20, 5, 0);
    twice.draw("4AK-B7H-6NM", 340, 20, 5, 0);
    assert_eq!(twice.read().unwrap(), ["4AK-B7H-6NM"]);
}

#[test]
fn a_turned_small_or_large_code_is_read() {
    for turns in 0..4 {
        let mut image = Image::white(300, 300);
        image.draw("4AK-B7H-6NM", 50, 50, 6, turns);
        assert_eq!(
            image.read().unwrap(),
            ["4AK-B7H-6NM"],
            "{turns} quarter turns"
        );
    }
    // Three pixels a module (a code held up far away) and twenty (close to the camera).
    for (scale, side) in [(3, 160), (20, 640)] {
        let mut image = Image::white(side, side);
        image.draw("4AK-B7H-6NM", 4 * scale, 4 * scale, scale, 0);
        assert_eq!(
            image.read().unwrap(),
            ["4AK-B7H-6NM"],
            "{scale} pixels a module"
        );
    }
}

#[test]
fn a_colour_frame_is_read_through_its_brightness() {
    let mut image = Image::white(320, 240);
    image.draw("4AK-B7H-6NM", 60, 40, 6, 0);
    // Dark blue ink on pale yellow paper, as a phone screen might show it.
    let rgba = image.rgba([20, 30, 90], [250, 240, 200]);
    assert_eq!(
        Reader::new().read_rgba(320, 240, &rgba).unwrap(),
        ["4AK-B7H-6NM"]
    );
    // The weights: pure red, green and blue, and white, whatever the alpha.
    let pixels = [
        255, 0, 0, 0, 0, 255, 0, 9, 0, 0, 255, 255, 255, 255, 255, 255,
    ];
    let mut frame = pixels.repeat(MIN_SIDE as usize * MIN_SIDE as usize / 4 + 1);
    frame.truncate(MIN_SIDE as usize * MIN_SIDE as usize * 4);
    let luma = luma_of_rgba(MIN_SIDE, MIN_SIDE, &frame).unwrap();
    assert_eq!(&luma[..4], &[76, 149, 28, 255]);
}

#[test]
fn one_reader_reads_frame_after_frame_of_different_sizes() {
    let mut reader = Reader::new();
    for (side, text) in [
        (200, "AAA-AAA-AAA"),
        (400, "BBB-BBB-BBB"),
        (200, "CCC-CCC-CCC"),
    ] {
        let mut image = Image::white(side, side);
        image.draw(text, 30, 30, 5, 0);
        assert_eq!(
            reader
                .read_luma(side as u32, side as u32, &image.luma)
                .unwrap(),
            [text]
        );
    }
}

#[test]
fn blank_and_noisy_frames_give_nothing() {
    for value in [0, 128, 255] {
        let frame = vec![value; 640 * 480];
        assert_eq!(
            Reader::new().read_luma(640, 480, &frame).unwrap(),
            Vec::<String>::new()
        );
    }
    for seed in 1..4 {
        let frame = noise(640 * 480, seed);
        assert_eq!(
            Reader::new().read_luma(640, 480, &frame).unwrap(),
            Vec::<String>::new()
        );
    }
    // Stripes and a checkerboard, which look a little like finder patterns.
    let stripes: Vec<u8> = (0..640 * 480)
        .map(|i| if (i % 640) / 7 % 2 == 0 { 0 } else { 255 })
        .collect();
    assert!(Reader::new()
        .read_luma(640, 480, &stripes)
        .unwrap()
        .is_empty());
    let checks: Vec<u8> = (0..640 * 480)
        .map(|i| {
            if ((i % 640) / 3 + (i / 640) / 3) % 2 == 0 {
                0
            } else {
                255
            }
        })
        .collect();
    assert!(Reader::new()
        .read_luma(640, 480, &checks)
        .unwrap()
        .is_empty());
}

#[test]
fn frames_of_a_wrong_or_hostile_size_are_refused_before_reading() {
    let mut reader = Reader::new();
    assert_eq!(reader.read_luma(0, 0, &[]), Err(FrameError::TooSmall));
    assert_eq!(
        reader.read_luma(MIN_SIDE - 1, 100, &vec![255; 2000]),
        Err(FrameError::TooSmall)
    );
    let side = MAX_SIDE + 1;
    assert_eq!(
        reader.read_luma(side, 10_000, &[]),
        Err(FrameError::TooLarge)
    );
    assert_eq!(
        reader.read_luma(u32::MAX, u32::MAX, &[0; 16]),
        Err(FrameError::TooLarge)
    );
    assert_eq!(
        reader.read_rgba(u32::MAX, 100, &[0; 16]),
        Err(FrameError::TooLarge)
    );
    // Pixels that do not fill the stated size, or more than it.
    assert_eq!(
        reader.read_luma(100, 100, &vec![255; 9_999]),
        Err(FrameError::WrongLength)
    );
    assert_eq!(
        reader.read_luma(100, 100, &vec![255; 10_001]),
        Err(FrameError::WrongLength)
    );
    assert_eq!(
        reader.read_rgba(100, 100, &vec![255; 10_000]),
        Err(FrameError::WrongLength)
    );
    // The largest frame allowed is read.
    let frame = vec![255; (MAX_SIDE * MAX_SIDE) as usize];
    assert_eq!(reader.read_luma(MAX_SIDE, MAX_SIDE, &frame), Ok(vec![]));
}

#[test]
fn what_comes_back_is_capped() {
    // More codes than the cap: no more than MAX_TEXTS texts.
    let mut image = Image::white(1280, 720);
    let mut drawn = 0;
    for row in 0..3 {
        for col in 0..5 {
            image.draw(
                &format!("CODE-{row}-{col}"),
                20 + col * 250,
                20 + row * 230,
                5,
                0,
            );
            drawn += 1;
        }
    }
    assert!(drawn > MAX_TEXTS);
    let texts = image.read().unwrap();
    assert_eq!(texts.len(), MAX_TEXTS);
    assert!(texts.iter().all(|t| t.starts_with("CODE-")));

    // A long text is dropped rather than cut (a cut code would be another code).
    let long = "A".repeat(300);
    let mut image = Image::white(700, 700);
    image.draw(&long, 40, 40, 4, 0);
    assert_eq!(image.read().unwrap(), Vec::<String>::new());
    let fits = "B".repeat(200);
    let mut image = Image::white(700, 700);
    image.draw(&fits, 40, 40, 4, 0);
    assert_eq!(image.read().unwrap(), [fits]);
}

#[test]
fn frames_are_drawn_with_their_longest_side_at_most_640() {
    assert_eq!(frame_size(0, 480), None);
    assert_eq!(frame_size(640, 0), None);
    assert_eq!(frame_size(640, 480), Some((640, 480)));
    assert_eq!(frame_size(320, 240), Some((320, 240)));
    assert_eq!(frame_size(1280, 720), Some((640, 360)));
    assert_eq!(frame_size(1080, 1920), Some((360, 640)));
    assert_eq!(frame_size(4000, 1), Some((640, 1)));
    let (w, h) = frame_size(u32::MAX, u32::MAX).unwrap();
    assert_eq!((w, h), (FRAME_SIDE, FRAME_SIDE));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Any bytes as a frame of any stated size: an answer or a refusal, never a panic.
    #[test]
    fn any_bytes_of_any_stated_size_never_panic(
        width in 0u32..200,
        height in 0u32..200,
        bytes in proptest::collection::vec(any::<u8>(), 0..40_000),
    ) {
        let mut reader = Reader::new();
        let _ = reader.read_luma(width, height, &bytes);
        let _ = reader.read_rgba(width, height, &bytes);
    }

    /// Noise of the exact size, sometimes with a code drawn into it: never a panic, and
    /// what comes back stays within the caps.
    #[test]
    fn noisy_frames_never_panic_and_stay_capped(
        width in 21u32..160,
        height in 21u32..160,
        seed in 1u64..u64::MAX,
        with_code in any::<bool>(),
    ) {
        let mut image = Image { width: width as usize, height: height as usize, luma: noise((width * height) as usize, seed) };
        if with_code && width >= 120 && height >= 120 {
            image.draw("4AK-B7H-6NM", 5, 5, 4, (seed % 4) as u8);
        }
        let texts = image.read().unwrap();
        prop_assert!(texts.len() <= MAX_TEXTS);
        prop_assert!(texts.iter().all(|t| t.len() <= 256));
    }
}
