//! Charts drawn by the page itself: the R×F grid heat map and segment sizes in SVG, and
//! the places of a geography scheme as a ranked list of bars.

use super::format::segment_color;
use super::state::AppState;
use super::words::{count, money, number, percent, t, t_with, tr};
use super::world_map::{Place, WorldMap};
use leptos::prelude::*;
use segmenter_engine::insight::segments::SegmentSummary;
use segmenter_engine::segmentation::choice::SchemeChoice;
use segmenter_engine::segmentation::presets::build::top_values_of;
use segmenter_engine::segmentation::presets::{GeoLevel, Preset};
use segmenter_words::{Arg, Key};

const CELL: f64 = 64.0;
const AXIS: f64 = 28.0;

/// The R×F grid: each cell coloured by the segment it belongs to, darker with more customers.
#[component]
pub fn RfGrid() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let a = state.scheme.get()?;
        a.grid.clone().map(|grid| {
            let p = grid.cells.len();
            let axes = grid.axes.clone();
            let max = grid.cells.iter().flatten().map(|c| c.customers).max().unwrap_or(0).max(1) as f64;
            let color_of = |segment: &str| {
                a.segments.iter().position(|s| s.name == segment).map_or("#999999", segment_color)
            };
            let size = AXIS + CELL * p as f64;
            let cells = (0..p)
                .flat_map(|ri| (0..p).map(move |fi| (ri, fi)))
                .map(|(ri, fi)| {
                    let cell = &grid.cells[ri][fi];
                    // Recency 5 at the top, frequency 1 at the left.
                    let x = AXIS + fi as f64 * CELL;
                    let y = (p - 1 - ri) as f64 * CELL;
                    let opacity = 0.12 + 0.88 * cell.customers as f64 / max;
                    let title = t_with(
                        Key::ChartsCellTitle,
                        &[
                            ("rows", Arg::from(axes.rows.as_str())),
                            ("row", count(ri + 1)),
                            ("columns", Arg::from(axes.columns.as_str())),
                            ("column", count(fi + 1)),
                            ("segment", Arg::from(cell.segment.as_str())),
                            ("count", count(cell.customers)),
                        ],
                    );
                    let dark = opacity > 0.55;
                    // Under the count, the segment in letters: not told by its colour alone.
                    view! {
                        <g data-testid=format!("cell-r{}-f{}", ri + 1, fi + 1)>
                            <title>{title}</title>
                            <rect x=x y=y width=CELL - 2.0 height=CELL - 2.0 rx="4" fill=color_of(&cell.segment) fill-opacity=format!("{opacity:.2}")></rect>
                            <text x=x + CELL / 2.0 - 1.0 y=y + CELL / 2.0 + 1.0 text-anchor="middle" class:light=dark class="count">
                                {number(cell.customers)}
                            </text>
                            <text x=x + CELL / 2.0 - 1.0 y=y + CELL / 2.0 + 17.0 text-anchor="middle" class:light=dark class="initials">
                                {initials(&cell.segment)}
                            </text>
                        </g>
                    }
                })
                .collect_view();
            // Each segment of the grid with the letters its cells carry, in the scheme's order.
            let legend = a
                .segments
                .iter()
                .filter(|s| grid.cells.iter().flatten().any(|c| c.segment == s.name))
                .map(|s| format!("{} {}", initials(&s.name), s.name))
                .collect::<Vec<_>>()
                .join(" · ");
            let labels = (0..p)
                .map(|i| {
                    view! {
                        <text x=AXIS + i as f64 * CELL + CELL / 2.0 y=size - 8.0 text-anchor="middle" class="axis">{format!("{}{}", axes.columns, i + 1)}</text>
                        <text x=AXIS / 2.0 y=(p - 1 - i) as f64 * CELL + CELL / 2.0 + 4.0 text-anchor="middle" class="axis">{format!("{}{}", axes.rows, i + 1)}</text>
                    }
                })
                .collect_view();
            view! {
                <figure class="chart grid-chart">
                    <figcaption>{t_with(
                        Key::ChartsGridCaption,
                        &[
                            ("row-name", Arg::from(axes.rows_name.as_str())),
                            ("rows", Arg::from(axes.rows.as_str())),
                            ("column-name", Arg::from(axes.columns_name.as_str())),
                            ("columns", Arg::from(axes.columns.as_str())),
                        ],
                    )}</figcaption>
                    <svg
                        viewBox=format!("0 0 {size} {size}")
                        role="img"
                        aria-label=tr(Key::ChartsGridLabel)
                        data-testid="rf-grid"
                    >
                        {cells}
                        {labels}
                    </svg>
                    <p class="chart-note" data-testid="grid-legend">{legend}</p>
                    <p class="chart-note">{tr(if axes.rows == "R" {
                        Key::ChartsGridNoteRf
                    } else {
                        Key::ChartsGridNoteFm
                    })}</p>
                </figure>
            }
        })
    }
}

/// Segment sizes as horizontal bars.
#[component]
pub fn SegmentBars() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.scheme.get().map(|a| {
            let shown: Vec<(usize, String, usize)> = a
                .segments
                .iter()
                .enumerate()
                .filter(|(_, s)| s.customers > 0)
                .map(|(i, s)| (i, s.name.clone(), s.customers))
                .collect();
            let max = shown.iter().map(|s| s.2).max().unwrap_or(1).max(1) as f64;
            // Room for the longest name at 12px (about 6.5 units a character), so names in
            // longer languages ("Potenzielle Stammkunden") are not cut at the left edge.
            let longest = shown.iter().map(|s| s.1.chars().count()).max().unwrap_or(0);
            let label_w = (longest as f64 * 6.5 + 12.0).clamp(110.0, 300.0);
            let (bar_w, row_h) = (260.0, 26.0);
            let height = row_h * shown.len() as f64 + 4.0;
            let bars = shown
                .into_iter()
                .enumerate()
                .map(|(row, (i, name, n))| {
                    let y = row as f64 * row_h;
                    let w = (bar_w * n as f64 / max).max(1.0);
                    view! {
                        <g>
                            <text x=label_w - 8.0 y=y + 17.0 text-anchor="end" class="label">{name}</text>
                            <rect x=label_w y=y + 4.0 width=w height=row_h - 8.0 rx="3" fill=segment_color(i)></rect>
                            <text x=label_w + w + 6.0 y=y + 17.0 class="value">{number(n)}</text>
                        </g>
                    }
                })
                .collect_view();
            view! {
                <figure class="chart bars-chart">
                    <figcaption>{tr(Key::ChartsBarsTitle)}</figcaption>
                    <svg
                        viewBox=format!("0 0 {} {height}", label_w + bar_w + 70.0)
                        role="img"
                        aria-label=tr(Key::ChartsBarsLabel)
                        data-testid="segment-bars"
                    >
                        {bars}
                    </svg>
                </figure>
            }
        })
    }
}

/// The areas of a geography scheme, most customers first: each with a bar of its share of
/// customers and its figures in words (the bars are text too, for a screen reader), how
/// much the top three hold, and the customers outside the ranked areas.
#[component]
pub fn PlacesChart() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let scheme = state.scheme.get()?;
        let currency = state
            .analysis
            .with(|a| a.as_ref().map(|a| money(&a.currency)))?;
        // The catch-all segments, named in the language the scheme was made in.
        let language = state.analysis.with(|a| a.as_ref().map(|a| a.language))?;
        let SchemeChoice::Preset(preset) = &scheme.choice else {
            return None;
        };
        let of_countries = matches!(
            preset,
            Preset::Geography {
                level: GeoLevel::Country,
                ..
            }
        );
        let catch_all = top_values_of(preset, language)?;
        let (mut places, rest): (Vec<_>, Vec<_>) = scheme
            .segments
            .iter()
            .filter(|s| s.customers > 0)
            .partition(|s| s.name != catch_all.other && s.name != catch_all.unknown);
        places.sort_by(|a, b| b.customers.cmp(&a.customers).then(a.name.cmp(&b.name)));
        let widest = places
            .first()
            .map_or(1.0, |p| p.customer_share.max(f64::EPSILON));
        let top = places.iter().take(3);
        let (customers, revenue) = top.fold((0.0, 0.0), |(c, r), p| {
            (c + p.customer_share, r + p.revenue_share)
        });
        let summary = match places.len() {
            0 => t(Key::ChartsPlacesNone),
            1 => t_with(
                Key::ChartsPlacesOne,
                &[("place", Arg::from(places[0].name.as_str()))],
            ),
            n => t_with(
                Key::ChartsPlacesTop,
                &[
                    ("top", count(n.min(3))),
                    ("count", count(n)),
                    ("customers", Arg::from(percent(customers))),
                    ("revenue", Arg::from(percent(revenue))),
                ],
            ),
        };
        let figures_of = |p: &SegmentSummary| {
            t_with(
                Key::ChartsPlaceFigures,
                &[
                    ("count", count(p.customers)),
                    ("share", Arg::from(percent(p.customer_share))),
                    ("revenue", Arg::from(currency.format_whole(p.revenue))),
                    ("revenue-share", Arg::from(percent(p.revenue_share))),
                ],
            )
        };
        let map = of_countries.then(|| {
            let places = places
                .iter()
                .map(|p| Place {
                    name: p.name.clone(),
                    share: p.customer_share,
                    figures: figures_of(p),
                })
                .collect();
            view! { <WorldMap places/> }
        });
        let rows = places
            .iter()
            .map(|p| {
                let width = format!("{:.1}%", 100.0 * p.customer_share / widest);
                let figures = figures_of(p);
                view! {
                    <li data-place=p.name.clone()>
                        <span class="place">{p.name.clone()}</span>
                        <span class="bar" aria-hidden="true"><span class="fill" style:width=width></span></span>
                        <span class="figures">{figures}</span>
                    </li>
                }
            })
            .collect_view();
        let outside = (!rest.is_empty()).then(|| {
            let said = rest
                .iter()
                .map(|s| {
                    t_with(
                        Key::ChartsPlaceOutside,
                        &[
                            ("place", Arg::from(s.name.as_str())),
                            ("count", count(s.customers)),
                            ("share", Arg::from(percent(s.customer_share))),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join(" · ");
            view! { <p class="hint" data-testid="places-outside">{said}</p> }
        });
        Some(view! {
            <figure class="chart places-chart" data-testid="places-chart">
                <figcaption>{tr(Key::ChartsPlacesTitle)}</figcaption>
                <p data-testid="places-summary">{summary}</p>
                {map}
                <ol class="places">{rows}</ol>
                {outside}
            </figure>
        })
    }
}

/// The letters a grid cell shows for its segment: the first letter of each word
/// ("Loyal Customers" → "LC", "Can't Lose Them" → "CLT"), or a one-word name's first two
/// ("Champions" → "Ch"); at most three.
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [one] => one.chars().take(2).collect(),
        many => many
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_uppercase)
            .take(3)
            .collect(),
    }
}
