// An error path frees the user pages with __free_page(), as bcm-vk does:
// a bug of its own, to fix by hand before converting.
// report: get_user_pages_fast() in map_user(): leave: also freed with __free_page()
static int map_user(struct device *dev, unsigned long addr, int n,
		    struct page **pages, dma_addr_t *dma)
{
	int i;

	if (get_user_pages_fast(addr, n, FOLL_WRITE, pages) != n)
		return -EFAULT;
	for (i = 0; i < n; i++) {
		dma[i] = dma_map_page(dev, pages[i], 0, PAGE_SIZE, DMA_BIDIRECTIONAL);
		if (dma_mapping_error(dev, dma[i])) {
			__free_page(pages[i]);
			return -EIO;
		}
	}
	for (i = 0; i < n; i++)
		put_page(pages[i]);
	return 0;
}
