// Runs the CLI from source (no build needed): `node --import tsx test/helpers/run-cli.ts ARGS...`.
import { main } from '../../src/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
