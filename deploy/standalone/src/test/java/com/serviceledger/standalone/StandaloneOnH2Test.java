package com.serviceledger.standalone;

/** The standalone system as shipped: H2 file event store in a temporary data directory. */
@StandaloneOnH2
class StandaloneOnH2Test extends StandaloneContract {
}
