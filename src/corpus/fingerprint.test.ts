import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fingerprint, STORY_THRESHOLD, signatureSimilarity } from './fingerprint.js'

const WIRE =
  'A Russian missile strike on a railway depot in the central Ukrainian city of Dnipro killed nine people and ' +
  'injured 31 on Sunday, the regional governor said, the deadliest attack on the city in weeks. Governor Oleksandr ' +
  'Hnatiuk said the victims were railway workers and passengers waiting for a suburban train. He said rescue teams ' +
  'were still searching the rubble of a collapsed maintenance building. The air force said the depot was hit by a ' +
  'ballistic missile and that Russia also launched 96 drones at Ukraine overnight.'

test('fingerprint: the same article has the same hash; another outlet or headline makes another article', () => {
  const a = fingerprint({ source: 'Meridian Wire', headline: 'Strike kills 9', text: WIRE })
  assert.equal(
    fingerprint({ source: 'Meridian Wire', headline: 'Strike kills 9', text: WIRE }).contentSha256,
    a.contentSha256,
  )
  assert.notEqual(
    fingerprint({ source: 'Harbour Times', headline: 'Strike kills 9', text: WIRE }).contentSha256,
    a.contentSha256,
  )
  assert.equal(signatureSimilarity(a.signature, fingerprint({ source: 'X', headline: null, text: WIRE }).signature), 1)
})

test('fingerprint: an updated version is near (a changed figure, an added sentence); another story is far', () => {
  const base = fingerprint({ source: null, headline: null, text: WIRE })
  const updated = fingerprint({
    source: null,
    headline: null,
    text: `${WIRE.replace('nine people', '12 people')} A day of mourning was declared in the city.`,
  })
  const other = fingerprint({
    source: null,
    headline: null,
    text:
      'Kyiv could accept a demilitarized zone in Donetsk only if Russian forces pulled back by the same distance, ' +
      'President Volodymyr Zelenskiy said on Thursday, adding that any such arrangement would need a referendum.',
  })
  const near = signatureSimilarity(base.signature, updated.signature)
  assert.ok(near >= STORY_THRESHOLD, `updated version: ${near}`)
  assert.ok(
    base.bands.some((band) => updated.bands.includes(band)),
    'shares a band, so the store compares them',
  )
  const far = signatureSimilarity(base.signature, other.signature)
  assert.ok(far < 0.1, `other story: ${far}`)
})

test('fingerprint: case, quote marks and punctuation do not change the signature', () => {
  const straight = fingerprint({ source: null, headline: null, text: '"We will not give away our land," he said.' })
  const curly = fingerprint({ source: null, headline: null, text: '“We will NOT give away our land”, he said' })
  assert.deepEqual(straight.signature, curly.signature)
})
