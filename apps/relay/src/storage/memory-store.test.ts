import { createMemoryStore } from './memory-store';
import { describeDocStoreContract } from './store-contract';

describeDocStoreContract('memory store', createMemoryStore);
