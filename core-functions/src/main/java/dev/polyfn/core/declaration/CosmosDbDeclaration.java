package dev.polyfn.core.declaration;

/**
 * The function takes the change feed of an Azure Cosmos DB container (Azure only).
 *
 * @param database       the database, e.g. shop
 * @param container      the monitored container, e.g. payments
 * @param connection     the app setting holding the account's connection (default CosmosDBConnection)
 * @param leaseContainer the container keeping the feed's leases (default leases)
 */
public record CosmosDbDeclaration(String database, String container, String connection, String leaseContainer)
        implements TriggerDeclaration {

    @Override
    public TriggerKind kind() {
        return TriggerKind.COSMOSDB;
    }

    static CosmosDbDeclaration read(DeclarationReader settings) {
        return settings.hasAny(TriggerKind.COSMOSDB.settings()) ? new CosmosDbDeclaration(settings.text("database"),
                settings.text("container"), settings.text("connection"), settings.text("lease-container")) : null;
    }
}
