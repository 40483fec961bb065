package dev.polyfn.examples.orders;

/** How many of an article are in stock: {@code {"sku":"BOOK-1","available":12}}. */
public record StockLevel(String sku, int available) {
}
