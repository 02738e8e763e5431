import Foundation
import TestSupport

/// The random choices of one release, from its own SplitMix stream.
///
/// The arithmetic is its own rather than the standard library's
/// `random(in:)` and `shuffled()`, whose algorithms may change between Swift
/// releases: a corpus must stay byte-identical for a given seed.
final class Dice {
    private var generator: SplitMix

    /// The stream of release `item` of the corpus seeded `seed`. Both are
    /// hashed, so neighbouring items get unrelated streams rather than the
    /// same stream shifted by one (SplitMix's states differ by a constant).
    init(seed: UInt64, item: Int) {
        var hashSeed = SplitMix(seed: seed)
        var hashItem = SplitMix(seed: hashSeed.next() ^ UInt64(item))
        generator = SplitMix(seed: hashItem.next())
    }

    /// A number in `range`, each equally likely (the modulo bias is below 2⁻⁴⁰ for these ranges).
    func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(generator.next() % UInt64(range.count))
    }

    /// A number in [0, 1).
    func unit() -> Double {
        Double(generator.next() >> 11) * 0x1p-53
    }

    /// True with probability `probability`.
    func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    func pick<Element>(_ items: [Element]) -> Element {
        items[int(0...items.count - 1)]
    }

    /// The items in a random order (Fisher–Yates).
    func shuffled<Element>(_ items: [Element]) -> [Element] {
        var result = items
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(0...index))
        }
        return result
    }

    /// `count` different items, in random order.
    func sample<Element>(_ items: [Element], count: Int) -> [Element] {
        Array(shuffled(items).prefix(count))
    }

    /// `count` different items, the heavier more likely (Efraimidis–Spirakis:
    /// the items with the largest keys u^(1/weight)).
    func weightedSample<Element>(_ items: [Element], weights: [Double], count: Int) -> [Element] {
        let keyed = zip(items, weights).map { item, weight in (key: pow(unit(), 1 / weight), item: item) }
        return keyed.sorted { $0.key > $1.key }.prefix(count).map(\.item)
    }
}
